import type { CaseActionRequest, CaseActionResult, PostStatus } from '../messaging/protocol';
import type { ChipHandle } from './chip';

/**
 * The chip's case controls: Escalate (pick a category → e-mail draft or a
 * copied summary) and Resolve, plus the case's state wherever the post shows
 * up again. Ignore lives in the Escalate menu: it is the rarer choice.
 */

export interface CaseActionHandlers {
  status(): Promise<PostStatus>;
  categories(): Promise<{ name: string; contactName: string; email: string }[]>;
  act(action: CaseActionRequest['action'], category?: string): Promise<CaseActionResult>;
  /** Copies the summary; returns the sentence to show. */
  deliver(escalation: NonNullable<CaseActionResult['escalation']>, category: string): Promise<string>;
}

const STATE_LABEL: Record<string, string> = { open: 'open', escalated: 'escalated', resolved: 'resolved', ignored: 'ignored' };

function makeButton(text: string, name: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', name);
  return b;
}

export function addCaseActions(chip: ChipHandle, handlers: CaseActionHandlers): void {
  const escalate = makeButton('Escalate', 'Escalate to a colleague');
  escalate.setAttribute('aria-haspopup', 'dialog');
  escalate.setAttribute('aria-expanded', 'false');
  const resolve = makeButton('Resolve', 'Resolve');
  const state = document.createElement('span');
  state.className = 'case-state';
  let menu: HTMLElement | null = null;

  const show = (c: PostStatus['case']): void => {
    // An open case is the normal state of an issue: show just its id; other states say so.
    state.textContent = c ? (c.state === 'open' ? c.id : `${c.id} · ${STATE_LABEL[c.state]}`) : '';
    state.title = c ? `Case ${c.id} is ${STATE_LABEL[c.state]}` : '';
    resolve.setAttribute('aria-label', c?.state === 'resolved' ? `Resolve (case ${c.id} is already resolved)` : c ? `Resolve case ${c.id}` : 'Resolve');
  };
  const report = (result: CaseActionResult, done: string): void => {
    if (result.case) show(result.case);
    chip.setStatus(result.ok ? done : (result.message ?? 'That did not work.'));
  };
  const closeMenu = (): void => {
    menu?.remove();
    menu = null;
    escalate.setAttribute('aria-expanded', 'false');
  };

  void handlers.status().then((s) => show(s.case)).catch(() => {});

  resolve.addEventListener('click', () => {
    closeMenu();
    void handlers.act('resolve').then((r) => report(r, `Resolved${r.case ? ` (${r.case.id})` : ''}.`));
  });

  escalate.addEventListener('click', () => {
    if (menu) return closeMenu();
    escalate.setAttribute('aria-expanded', 'true');
    void handlers.categories().then((categories) => {
      const panel = document.createElement('div');
      panel.className = 'picker';
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-label', 'Escalate to');
      const list = document.createElement('ul');
      for (const category of categories) {
        const item = document.createElement('li');
        const who = category.email ? `${category.contactName || category.email}` : 'copy a summary';
        const b = makeButton(`${category.name} — ${who}`, `Escalate to ${category.name}`);
        b.addEventListener('click', () => {
          closeMenu();
          void handlers.act('escalate', category.name).then(async (r) => {
            if (!r.ok || !r.escalation) return report(r, '');
            const text = await handlers.deliver(r.escalation, category.name);
            report(r, text);
            // The draft opens in the user's mail program; Earshot sends nothing itself.
            if (r.escalation.hasEmail) chip.setStatus(text, { label: `Open e-mail to ${category.name}`, href: r.escalation.mailto });
          });
        });
        item.append(b);
        list.append(item);
      }
      const ignore = makeButton('Not an issue: ignore', 'Ignore this post (not an issue)');
      ignore.addEventListener('click', () => {
        closeMenu();
        void handlers.act('ignore').then((r) => report(r, 'Ignored.'));
      });
      const footer = document.createElement('div');
      footer.className = 'footer';
      footer.append(ignore);
      panel.append(list, footer);
      panel.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          closeMenu();
          escalate.focus();
        }
      });
      menu = panel;
      chip.panel.append(panel);
      panel.querySelector('button')?.focus();
    });
  });
  chip.actions.append(escalate, resolve, state);
}
