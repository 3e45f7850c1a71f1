import type { ReplyOptions, TemplateChoice } from '../messaging/protocol';
import type { ChipHandle } from './chip';
import { createTemplatePicker } from './template-picker';

/**
 * The chip's quick-reply controls: "Reply" inserts the suggested template in one
 * click; the ▾ button opens the template picker (search, arrow keys, Enter) with
 * "Mark as replied" for replies written elsewhere.
 */

export interface ReplyActionHandlers {
  /** The template library now (the picker). */
  loadOptions(): Promise<ReplyOptions>;
  /** The library as it was a moment ago, shared by the chips of one scroll (the Reply button's name); default loadOptions. */
  recentOptions?(): Promise<ReplyOptions>;
  /** templateId null = the suggested template. */
  reply(templateId: string | null): void;
  markReplied(): void;
}

function button(label: string, accessibleName: string, className: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.setAttribute('aria-label', accessibleName);
  return b;
}

export function addReplyActions(chip: ChipHandle, handlers: ReplyActionHandlers): void {
  const replyButton = button('Reply', 'Reply with the suggested template', 'primary');
  const chooseButton = button('▾', 'Choose a reply template', 'icon');
  chooseButton.setAttribute('aria-haspopup', 'dialog');
  chooseButton.setAttribute('aria-expanded', 'false');
  let picker: HTMLElement | null = null;

  // Name the suggested template on the button once the library answers (the name stays "Reply…").
  void (handlers.recentOptions ?? handlers.loadOptions)()
    .then((options) => {
      const suggested = options.templates.find((t) => t.id === options.suggestedId);
      if (suggested) replyButton.setAttribute('aria-label', `Reply with “${suggested.name}”`);
      else replyButton.setAttribute('aria-label', 'Reply (no template yet: add one in Earshot settings)');
    })
    .catch(() => {});

  const close = (): void => {
    picker?.remove();
    picker = null;
    chooseButton.setAttribute('aria-expanded', 'false');
  };
  const choose = (template: TemplateChoice): void => {
    close();
    replyButton.focus();
    handlers.reply(template.id);
  };

  replyButton.addEventListener('click', () => {
    close();
    handlers.reply(null);
  });
  chooseButton.addEventListener('click', () => {
    if (picker) return close();
    chooseButton.setAttribute('aria-expanded', 'true');
    void handlers.loadOptions().then((options) => {
      if (chooseButton.getAttribute('aria-expanded') !== 'true') return;
      const built = createTemplatePicker({
        templates: options.templates,
        suggestedId: options.suggestedId,
        onChoose: choose,
        onClose: () => {
          close();
          chooseButton.focus();
        },
        footer: [{ label: 'Mark as replied', run: () => (close(), handlers.markReplied()) }],
      });
      picker = built.element;
      chip.panel.append(picker);
      built.focus();
    });
  });
  chip.actions.append(replyButton, chooseButton);
}
