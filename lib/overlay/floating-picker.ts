import type { ReplyOptions, TemplateChoice } from '../messaging/protocol';
import { CHIP_CSS } from './chip-styles';
import { createTemplatePicker, PICKER_CSS } from './template-picker';

/**
 * The template picker opened by the keyboard shortcut over a focused reply box:
 * a fixed-position shadow-DOM host beside the editor, gone after a choice or
 * Escape, with focus handed back to the editor.
 */
export function openFloatingPicker(editor: HTMLElement, options: ReplyOptions, onChoose: (t: TemplateChoice) => void, theme: 'light' | 'dark'): void {
  document.querySelector('earshot-picker')?.remove();
  const host = document.createElement('earshot-picker');
  host.dataset.theme = theme;
  const rect = editor.getBoundingClientRect();
  const s = host.style;
  s.setProperty('all', 'initial', 'important');
  s.setProperty('position', 'fixed', 'important');
  s.setProperty('z-index', '2147483646', 'important');
  s.setProperty('top', `${Math.max(8, Math.min(rect.bottom + 4, innerHeight - 300))}px`, 'important');
  s.setProperty('left', `${Math.max(8, Math.min(rect.left, innerWidth - 280))}px`, 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The chip's colour variables apply to `.chip`; reuse them on a bare wrapper.
  style.textContent = `${CHIP_CSS}${PICKER_CSS}\n.chip { display: block; padding: 0; border: 0; box-shadow: none; background: transparent; } .picker { position: static; }`;
  const wrap = document.createElement('div');
  wrap.className = 'chip';
  const close = (): void => {
    host.remove();
    editor.focus();
  };
  const picker = createTemplatePicker({
    templates: options.templates,
    suggestedId: options.suggestedId,
    onChoose: (t) => {
      host.remove();
      onChoose(t);
    },
    onClose: close,
  });
  for (const type of ['click', 'mousedown', 'keydown', 'keyup', 'focusin', 'pointerdown']) host.addEventListener(type, (e) => e.stopPropagation());
  wrap.append(picker.element);
  root.append(style, wrap);
  document.documentElement.append(host);
  picker.focus();
  // Clicking elsewhere closes it.
  setTimeout(() => document.addEventListener('pointerdown', (e) => !host.contains(e.target as Node) && host.remove(), { once: true }), 0);
}
