import type { PostKind } from '../model/types';
import { ACTION_CSS, CASE_CSS, CHIP_CSS, LINK_CSS } from './chip-styles';
import { PICKER_CSS } from './template-picker';

/**
 * The compact, accessible chip beside a matched post. Plain DOM in an open
 * shadow root (content scripts have no custom-element registry, so the
 * `earshot-chip` tag is used undefined). Page text only ever enters through
 * textContent. Later features add buttons to the actions group.
 */

export const CHIP_TAG = 'earshot-chip';

export type ChipRole = 'mention' | 'competitor' | 'own';

export interface ChipModel {
  role: ChipRole;
  kind: PostKind;
  terms: string[];
  reasons: string[];
  truncated?: boolean;
}

export interface ChipHandle {
  host: HTMLElement;
  /** Group where actions (Reply, Escalate, Resolve) are added. */
  actions: HTMLElement;
  /** The chip's positioned box: popovers (the template picker) are appended here. */
  panel: HTMLElement;
  /** Short status line inside the chip ("Copied — paste with Ctrl+V"), optionally with one link (a mailto: draft). */
  setStatus(text: string, link?: { label: string; href: string }): void;
  update(model: ChipModel): void;
}

const KIND_LABEL: Record<PostKind, string> = { issue: 'Issue', question: 'Question', praise: 'Praise', other: 'Mention' };

function label(model: ChipModel): string {
  if (model.role === 'competitor') return 'Competitor';
  if (model.role === 'own') return 'Your post';
  return KIND_LABEL[model.kind];
}

function colorVar(model: ChipModel): string {
  if (model.role === 'competitor') return 'var(--competitor)';
  if (model.role === 'own') return 'var(--own)';
  return `var(--${model.kind})`;
}

/** Keeps the site's own handlers (X opens the post on any click in it) away from our UI. */
function isolateEvents(host: HTMLElement): void {
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'dblclick', 'focusin']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createChip(theme: 'light' | 'dark', model: ChipModel): ChipHandle {
  const host = document.createElement(CHIP_TAG);
  host.dataset.theme = theme;
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style', undefined, CHIP_CSS + ACTION_CSS + CASE_CSS + LINK_CSS + PICKER_CSS);
  const chip = el('div', 'chip');
  chip.setAttribute('role', 'group');

  const toggle = el('button');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  const dot = el('span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  const kind = el('span', 'kind');
  toggle.append(dot, kind);

  const status = el('span', 'status');
  status.setAttribute('role', 'status');
  const actions = el('span', 'actions');
  const details = el('div', 'details');
  details.hidden = true;
  details.id = 'details';
  toggle.setAttribute('aria-controls', 'details');

  const setOpen = (open: boolean): void => {
    details.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(details.hidden));
  chip.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !details.hidden) {
      setOpen(false);
      toggle.focus();
    }
  });

  chip.append(toggle, actions, status, details);
  root.append(style, chip);
  isolateEvents(host);

  const update = (next: ChipModel): void => {
    chip.style.setProperty('--kind-color', colorVar(next));
    kind.textContent = label(next);
    chip.setAttribute('aria-label', `Earshot: ${label(next)}`);
    toggle.setAttribute('aria-label', `${label(next)} — matched ${next.terms.join(', ')}. Show why`);
    details.replaceChildren(
      el('p', undefined, `Matched: ${next.terms.join(', ')}`),
      ...next.reasons.map((reason) => el('p', 'muted', reason)),
      ...(next.truncated ? [el('p', 'muted', 'The site shows only part of this post; matching used the visible text.')] : []),
    );
  };
  update(model);

  return {
    host,
    panel: chip,
    actions,
    setStatus: (text, link) => {
      status.textContent = text;
      if (link && /^mailto:/i.test(link.href)) {
        const a = el('a', undefined, link.label);
        a.href = link.href;
        status.append(' ', a);
      }
    },
    update,
  };
}

/**
 * Inserts the chip as the first child of `container`, out of the flow so the
 * page's layout never shifts. When the container is positioned we pin it to
 * the top end corner; otherwise it stays at its static position.
 */
export function placeChip(container: HTMLElement, chip: ChipHandle): void {
  const s = chip.host.style;
  s.setProperty('position', 'absolute', 'important');
  s.setProperty('z-index', '3', 'important');
  s.setProperty('display', 'block', 'important');
  s.setProperty('margin', '0', 'important');
  const positioned = getComputedStyle(container).position !== 'static';
  if (positioned) {
    s.setProperty('top', '6px', 'important');
    s.setProperty('inset-inline-end', '52px', 'important');
  }
  if (chip.host.parentElement !== container || container.firstChild !== chip.host) container.prepend(chip.host);
}
