import type { TemplateChoice } from '../messaging/protocol';

/**
 * A keyboard-navigable template list with search, used by the chip and by
 * the keyboard shortcut. Plain DOM (no React in the content script); every
 * option is named exactly by its template's name (product.md §8).
 */

export interface PickerOptions {
  templates: TemplateChoice[];
  suggestedId: string | null;
  onChoose(template: TemplateChoice): void;
  onClose(): void;
  /** Extra buttons under the list (e.g. "Mark as replied"). */
  footer?: { label: string; run(): void }[];
}

export const PICKER_CSS = `
.picker { position: absolute; top: calc(100% + 4px); inset-inline-end: 0; z-index: 2; width: 260px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 4px 12px rgb(0 0 0 / 0.2); padding: 6px; font-weight: 400; white-space: normal; }
.picker input { box-sizing: border-box; width: 100%; font: inherit; color: inherit; background: transparent;
  border: 1px solid var(--border); border-radius: 6px; padding: 5px 8px; margin-bottom: 4px; }
.picker input:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.picker ul { list-style: none; margin: 0; padding: 0; max-height: 220px; overflow: auto; }
.picker li { padding: 6px 8px; border-radius: 6px; cursor: pointer; display: flex; justify-content: space-between; gap: 8px; }
.picker li[aria-selected="true"] { background: color-mix(in srgb, var(--focus) 18%, transparent); outline: 1px solid var(--focus); }
.picker .cat { color: var(--muted); font-size: 11px; }
.picker .empty { color: var(--muted); padding: 6px 8px; }
.picker .footer { border-top: 1px solid var(--border); margin-top: 4px; padding-top: 4px; display: flex; gap: 4px; }
`;

let pickerCount = 0;

export function createTemplatePicker(options: PickerOptions): { element: HTMLElement; focus(): void } {
  const doc = document;
  const id = `earshot-picker-${(pickerCount += 1)}`;
  const root = doc.createElement('div');
  root.className = 'picker';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', 'Reply templates');

  const search = doc.createElement('input');
  search.type = 'search';
  search.placeholder = 'Search templates';
  search.setAttribute('aria-label', 'Search templates');
  search.setAttribute('role', 'combobox');
  search.setAttribute('aria-expanded', 'true');
  search.setAttribute('aria-controls', `${id}-list`);
  search.autocomplete = 'off';

  const list = doc.createElement('ul');
  list.id = `${id}-list`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Templates');

  let visible: TemplateChoice[] = [];
  let active = 0;

  const render = (): void => {
    const query = search.value.trim().toLowerCase();
    visible = options.templates.filter((t) => t.name.toLowerCase().includes(query) || t.category.includes(query));
    active = Math.min(active, Math.max(0, visible.length - 1));
    list.replaceChildren(
      ...visible.map((template, index) => {
        const item = doc.createElement('li');
        item.id = `${id}-opt-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-label', template.name);
        item.setAttribute('aria-selected', String(index === active));
        const name = doc.createElement('span');
        name.textContent = template.name;
        const cat = doc.createElement('span');
        cat.className = 'cat';
        cat.textContent = template.category + (template.id === options.suggestedId ? ' · suggested' : '');
        cat.setAttribute('aria-hidden', 'true');
        item.append(name, cat);
        item.addEventListener('click', () => options.onChoose(template));
        return item;
      }),
    );
    if (visible.length === 0) {
      const empty = doc.createElement('li');
      empty.className = 'empty';
      empty.textContent = options.templates.length ? 'No template matches.' : 'No templates yet: add some in Earshot settings.';
      list.append(empty);
      search.removeAttribute('aria-activedescendant');
    } else {
      search.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
      list.children[active]?.scrollIntoView?.({ block: 'nearest' });
    }
  };

  search.addEventListener('input', () => {
    active = 0;
    render();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = visible.length ? (active + step + visible.length) % visible.length : 0;
      render();
    } else if (event.key === 'Enter' && event.target === search) {
      event.preventDefault();
      const chosen = visible[active];
      if (chosen) options.onChoose(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      options.onClose();
    }
  });

  const suggested = options.templates.findIndex((t) => t.id === options.suggestedId);
  active = suggested >= 0 ? suggested : 0;
  root.append(search, list);
  if (options.footer?.length) {
    const footer = doc.createElement('div');
    footer.className = 'footer';
    for (const action of options.footer) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      button.addEventListener('click', () => action.run());
      footer.append(button);
    }
    root.append(footer);
  }
  render();
  return { element: root, focus: () => search.focus() };
}
