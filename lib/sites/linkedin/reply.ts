/**
 * LinkedIn comment boxes (Quick replies), both DOM generations. A post's box sits in its
 * listitem / update above the comments; a comment's Reply opens an inline box after the comment
 * (v2, same aria-label as the post's box) or inside it (v1), so boxes are told apart by position:
 * a comment owns the boxes between its Reply button and the next top-level comment after its thread.
 * Enter never submits. LinkedIn may ignore scripted clicks: the caller then asks the user to click.
 */
import type { ReplyAdapter } from '../types';
import { ANY_COMMENT, ANY_RESHARE, REPLY, SHARED } from './selectors';
import { after, all, isVisible, neverThrow } from '../dom-helpers';

/** v2 repeats a comment's componentkey on an inner element: the key, not the node, is the comment. */
const key = (el: Element | null): string | null => el?.getAttribute('componentkey') ?? el?.getAttribute('data-id') ?? null;
const isComment = (el: Element): boolean => el.matches(ANY_COMMENT);
/** Visible words of a button, without screen-reader copies (v1 doubles text in .visually-hidden). */
const label = (el: Element): string =>
  Array.from(el.querySelectorAll(SHARED.hidden)).reduce((t, h) => t.replace(h.textContent ?? '', ''), el.textContent ?? '').trim();

/** The outermost element of the thread (the top-level comment around replies). */
function threadRoot(comment: HTMLElement): HTMLElement {
  let root = comment;
  for (let p = comment.parentElement; p; p = p.parentElement) if (isComment(p)) root = p;
  return root;
}

/** Where a post's or comment's boxes live: the listitem / detail page / v1 update around it. */
function scopeOf(el: HTMLElement): HTMLElement {
  let scope: HTMLElement | null = el.matches(REPLY.postScope) ? el : el.closest<HTMLElement>(REPLY.postScope);
  for (let p = scope?.parentElement?.closest<HTMLElement>(REPLY.postScope); p; p = p.parentElement?.closest<HTMLElement>(REPLY.postScope)) {
    scope = p; // v1 nests the update (data-urn) in its wrapper (data-id): the outermost holds everything
  }
  return scope ?? el;
}

const boxesIn = (scope: HTMLElement): HTMLElement[] => all(scope, REPLY.editor).filter(isVisible);

/** The post's own box: outside every comment and above the first comment (or the only kind there is). */
function postBox(scope: HTMLElement): HTMLElement | null {
  const first = all(scope, ANY_COMMENT)[0];
  return boxesIn(scope).find((b) => !b.closest(ANY_COMMENT) && (!first || after(b, first))) ?? null;
}

/** The comment's own Reply button (not a nested reply's, not a box's "Reply" submit). */
function replyButton(comment: HTMLElement): HTMLElement | null {
  const mine = all(comment, 'button').filter((b) => key(b.closest(ANY_COMMENT)) === key(comment) && !b.closest(REPLY.box));
  return mine.find((b) => b.matches(REPLY.replyButtonV1)) ?? mine.find((b) => REPLY.replyText.test(label(b))) ?? null;
}

/** A reply rather than a top-level comment: its own actor link is a reply-actor (v2), or the --reply entity (v1). */
function isReply(comment: HTMLElement): boolean {
  if (comment.matches(REPLY.replyEntity)) return true;
  const actor = all(comment, REPLY.actorLink).find((a) => key(a.closest(ANY_COMMENT)) === key(comment));
  return !!actor?.matches(REPLY.replyActor);
}

/** Boxes after the comment's Reply button and before the next top-level comment outside its thread. */
function commentBoxes(comment: HTMLElement): HTMLElement[] {
  const root = threadRoot(comment);
  const scope = scopeOf(comment);
  const start = replyButton(comment) ?? comment;
  const end = all(scope, ANY_COMMENT).find((c) => !root.contains(c) && !c.contains(root) && after(root, c) && !isReply(c));
  const main = postBox(scope);
  return boxesIn(scope).filter((b) => b !== main && after(start, b) && (!end || after(b, end)));
}

function findOpenEditor(post: HTMLElement): HTMLElement | null {
  if (!isComment(post)) return postBox(scopeOf(post));
  const boxes = commentBoxes(post);
  return boxes.find((b) => post.contains(b)) ?? boxes[0] ?? null;
}

/** True when `el` belongs to the post itself, not to a comment or a reshared post inside it. */
const ownedByPost = (post: HTMLElement, el: Element): boolean => {
  const inner = el.closest(`${ANY_COMMENT}, ${ANY_RESHARE}`);
  return !inner || !post.contains(inner);
};

function clickReplyOpener(post: HTMLElement): boolean {
  let button: HTMLElement | null | undefined;
  if (isComment(post)) button = replyButton(post);
  else {
    const scope = scopeOf(post);
    const candidates = [...all(scope, REPLY.postOpener), ...all(scope, REPLY.actionBarButton).filter((b) => REPLY.openerText.test(label(b)))];
    button = candidates.find((b) => ownedByPost(scope, b) && !b.closest(REPLY.box));
  }
  if (!button) return false;
  button.click();
  return true;
}

const editorFor = (element: Element): HTMLElement | null => element.closest<HTMLElement>(REPLY.editor);

/** The submit button of the editor's own box (never a neighbouring box's). */
function findSubmitButton(editor: HTMLElement): HTMLElement | null {
  for (let el = editor.parentElement, i = 0; el && i < 8; el = el.parentElement, i++) {
    if (all(el, REPLY.editor).some((e) => e !== editor)) return null; // reached another box's ground
    const button = el.querySelector<HTMLElement>(REPLY.submit);
    if (button) return button;
  }
  return null;
}

/** The post's box → the post; a reply box → its thread's top-level comment (the caller knows which reply it opened). */
function postForEditor(editor: HTMLElement): HTMLElement | null {
  if (!editor.closest(REPLY.postScope)) return null;
  const scope = scopeOf(editor);
  if (postBox(scope) === editor) return scope;
  const above = all(scope, ANY_COMMENT).filter((c) => after(c, editor) && !isReply(c));
  const last = above[above.length - 1];
  return last ? threadRoot(last) : null;
}


export const linkedinReply: ReplyAdapter = {
  findOpenEditor: neverThrow(findOpenEditor, null),
  clickReplyOpener: neverThrow(clickReplyOpener, false),
  isReplyEditor: neverThrow((element: Element) => editorFor(element) !== null, false),
  editorFor: neverThrow(editorFor, null),
  findSubmitButton: neverThrow(findSubmitButton, null),
  postForEditor: neverThrow(postForEditor, null),
  submitsOnEnter: false, // Enter makes a new line; only the Comment/Reply button posts (sites.md §2 pitfalls)
};
