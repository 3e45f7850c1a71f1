/**
 * Facebook comment boxes (Quick replies). Boxes are Lexical roots with a composer aria-label
 * ("Comment as …", "Reply to …"); Messenger's bare Lexical boxes never count. A post's box sits in
 * its unit (or, on the modern feed, in the dialog the post opens in); a comment's Reply opens a
 * "Reply to <Name>" box below the comment's replies, so a comment owns the reply boxes between its
 * Reply button and the next top-level comment. Enter posts the comment. Selectors: selectors.ts.
 */
import type { ReplyAdapter } from '../types';
import { authorFromCommentLabel } from './parse';
import * as S from './selectors';
import { after, all, isVisible, neverThrow } from '../dom-helpers';

const ariaLabel = (el: Element): string => (el.getAttribute('aria-label') ?? '').trim();
const isComposer = (el: Element): boolean => S.COMPOSER_LABEL_PREFIXES.some((p) => ariaLabel(el).startsWith(p));
const isReplyBox = (el: Element): boolean => ariaLabel(el).startsWith(S.REPLY_LABEL_PREFIX);
const isComment = (el: Element): boolean => el.matches(S.COMMENT);
const isPostRoot = (el: Element): boolean => el.matches(S.POST_ROOT_MODERN) || (el.matches(S.ARTICLE) && !isComment(el));
const composersIn = (root: ParentNode): HTMLElement[] => all(root, S.COMMENT_EDITOR).filter((e) => isComposer(e) && isVisible(e));
const authorOf = (comment: Element): string => authorFromCommentLabel(ariaLabel(comment), S.COMMENT_LABEL_PREFIXES);

/** The post unit (or dialog / page landmark) a comment or box lives in. */
function scopeOf(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (isPostRoot(p) || p.parentElement?.matches(S.FEED) || S.LANDMARK_ROLES.has(p.getAttribute('role') ?? '')) return p;
  }
  return el.ownerDocument.body;
}

function threadRoot(comment: HTMLElement): HTMLElement {
  let root = comment;
  for (let p = comment.parentElement; p; p = p.parentElement) if (isComment(p)) root = p;
  return root;
}

/** A comment's own "Reply" (not a nested reply's). */
const replyButton = (comment: HTMLElement): HTMLElement | null =>
  all(comment, S.BUTTON).find((b) => b.closest(S.COMMENT) === comment && S.REPLY_OPENER_TEXT.test((b.textContent ?? '').trim())) ?? null;

/** The reply box a comment owns: inside it, or after its Reply and before the next thread ("Reply to <its author>" first). */
function commentBox(comment: HTMLElement): HTMLElement | null {
  const root = threadRoot(comment);
  const scope = scopeOf(root);
  const start = replyButton(comment) ?? comment;
  // The thread runs to the next top-level comment: replies after it (or inside it) are part of it.
  const end = all(scope, S.COMMENT).find((c) => !root.contains(c) && !c.contains(root) && after(root, c) && !ariaLabel(c).startsWith(S.REPLY_ARTICLE_PREFIX));
  const boxes = composersIn(scope).filter((b) => (isReplyBox(b) || root.contains(b)) && after(start, b) && (!end || after(b, end)));
  const name = authorOf(comment);
  return boxes.find((b) => comment.contains(b)) ?? boxes.find((b) => !!name && ariaLabel(b) === S.REPLY_LABEL_PREFIX + name) ?? boxes[0] ?? null;
}

/** The post's own box: in its unit outside comments, else in the newest dialog (the post opened there). */
function postBox(post: HTMLElement): HTMLElement | null {
  const own = (root: ParentNode): HTMLElement | undefined => composersIn(root).find((b) => !isReplyBox(b) && !b.closest(S.COMMENT));
  const inUnit = own(post);
  if (inUnit) return inUnit;
  for (const dialog of all(post.ownerDocument, S.DIALOG).reverse()) {
    const box = isVisible(dialog) ? own(dialog) : undefined;
    if (box) return box;
  }
  return null;
}

function findOpenEditor(post: HTMLElement): HTMLElement | null {
  return isComment(post) ? commentBox(post) : postBox(post);
}

function clickReplyOpener(post: HTMLElement): boolean {
  let button: HTMLElement | null | undefined;
  if (isComment(post)) button = replyButton(post);
  else {
    const mine = (b: HTMLElement): boolean => !b.closest(S.COMMENT) && !b.closest('form') && !b.matches(S.COMMENT_SUBMIT);
    button = all(post, S.LEAVE_COMMENT).find(mine)
      ?? all(post, S.BUTTON).find((b) => mine(b) && S.COMMENT_OPENER_TEXT.test((b.textContent ?? '').trim()));
  }
  if (!button) return false;
  button.click();
  return true;
}

function editorFor(element: Element): HTMLElement | null {
  const editor = element.closest<HTMLElement>(S.COMMENT_EDITOR);
  return editor && isComposer(editor) ? editor : null;
}

/** The send button beside the box: an enabled one first; never one of another box or the post's action bar. */
function findSubmitButton(editor: HTMLElement): HTMLElement | null {
  for (let el = editor.parentElement, i = 0; el && i < 8; el = el.parentElement, i++) {
    if (all(el, S.COMMENT_EDITOR).some((e) => e !== editor) || el.querySelector(`${S.LEAVE_COMMENT}, ${S.POST_ACTIONS}`)) return null;
    const buttons = all(el, S.COMMENT_SUBMIT);
    const button = buttons.find((b) => b.getAttribute('aria-disabled') !== 'true') ?? buttons[0];
    if (button) return button;
    if (isComment(el) || isPostRoot(el)) return null;
  }
  return null;
}

/** The post unit around an element, as the adapter finds it (declared root, else the ⋯ menu climb). */
function unitOf(el: HTMLElement): HTMLElement | null {
  let unit: HTMLElement | null = null;
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (isPostRoot(p)) return p;
    if (S.LANDMARK_ROLES.has(p.getAttribute('role') ?? '')) break;
    const menus = all(p, S.POST_ACTIONS).filter((m) => !m.closest(S.COMMENT)).length;
    if (menus > 1) break;
    if (menus === 1) unit = p;
  }
  return unit;
}

function postForEditor(editor: HTMLElement): HTMLElement | null {
  const inside = editor.closest<HTMLElement>(S.COMMENT);
  if (inside) return inside;
  if (!isReplyBox(editor)) return unitOf(editor);
  // "Reply to <Name>": the nearest comment above the box by that author, else the nearest one.
  const above = all(scopeOf(editor), S.COMMENT).filter((c) => after(c, editor)).reverse();
  const name = ariaLabel(editor).slice(S.REPLY_LABEL_PREFIX.length).trim();
  return above.find((c) => authorOf(c) === name) ?? above[0] ?? null;
}


export const facebookReply: ReplyAdapter = {
  findOpenEditor: neverThrow(findOpenEditor, null),
  clickReplyOpener: neverThrow(clickReplyOpener, false),
  isReplyEditor: neverThrow((element: Element) => editorFor(element) !== null, false),
  editorFor: neverThrow(editorFor, null),
  findSubmitButton: neverThrow(findSubmitButton, null),
  postForEditor: neverThrow(postForEditor, null),
  submitsOnEnter: true, // Facebook posts a comment on Enter (Shift+Enter is a line break)
};
