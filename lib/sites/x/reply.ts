/**
 * X reply boxes (Quick replies). Clicking a tweet's Reply opens the reply modal under #layers
 * (Draft.js composer + tweetButton); on a status page the focused tweet (tabindex=-1) already
 * has an inline composer below it (tweetButtonInline). Two tweetTextarea_0 can coexist (the home
 * composer is one of them, sites.md §1 pitfalls), so a composer counts only inside the modal or
 * directly after the focused tweet. Selectors: selectors.ts. Every method swallows surprises.
 */
import type { ReplyAdapter } from '../types';
import { parseStatusPath } from './parse';
import * as S from './selectors';
import { isVisible, neverThrow } from '../dom-helpers';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node

const isTweet = (el: Element): boolean =>
  el.matches(S.TWEET) || (el.matches(S.TWEET_FALLBACK) && el.querySelector(S.USER_NAME) !== null);

/** Rendered and not display:none (checkVisibility where the engine has it). */

/** Outer tweet articles in document order (a nested article belongs to its outer tweet). */
function tweets(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(`${S.TWEET}, ${S.TWEET_FALLBACK}`)).filter(
    (a) => isTweet(a) && !(a.parentElement?.closest('article') && isTweet(a.parentElement.closest('article')!)),
  );
}

/** The article's own controls: not those of a quoted tweet or of a nested article. */
function own(article: Element, selector: string): HTMLElement[] {
  return Array.from(article.querySelectorAll<HTMLElement>(selector)).filter((el) => {
    const quote = el.closest(S.QUOTED);
    return !(quote && article.contains(quote)) && el.closest('article') === article;
  });
}

/** The status id the article links to (its permalink wraps <time>; promoted tweets have none). */
function statusId(article: Element): string | null {
  const links = own(article, S.STATUS_LINK);
  const link = links.find((a) => a.querySelector('time')) ?? links[0];
  return parseStatusPath(link?.getAttribute('href') ?? '')?.id ?? null;
}

const dialogOf = (el: Element): HTMLElement | null => el.closest<HTMLElement>(S.REPLY_DIALOG);

/**
 * The tweet an inline (not modal) composer answers: the nearest tweet before it, which must be
 * the focused one. The home composer precedes every tweet and no tweet is focused on /home.
 */
function inlineOwner(editor: HTMLElement): HTMLElement | null {
  if (dialogOf(editor)) return null;
  let last: HTMLElement | null = null;
  for (const article of tweets(editor.ownerDocument)) {
    if (article.contains(editor) || !(article.compareDocumentPosition(editor) & FOLLOWING)) break;
    last = article;
  }
  return last?.getAttribute('tabindex') === '-1' ? last : null;
}

/** The composer of the newest open reply modal: the focused one of a thread, else the first. */
function dialogEditor(doc: Document): HTMLElement | null {
  const dialogs = Array.from(doc.querySelectorAll<HTMLElement>(S.REPLY_DIALOG)).filter(isVisible);
  for (const dialog of dialogs.reverse()) {
    const editors = Array.from(dialog.querySelectorAll<HTMLElement>(S.REPLY_EDITOR)).filter(isVisible);
    const active = doc.activeElement;
    const editor = editors.find((e) => active && e.contains(active)) ?? editors[0];
    if (editor) return editor;
  }
  return null;
}

/** The tweet a modal shows as "replying to", when X renders it there. */
const dialogArticle = (dialog: HTMLElement): HTMLElement | null => tweets(dialog.ownerDocument).find((a) => dialog.contains(a)) ?? null;

/** The inline composer under a focused tweet. */
function inlineEditor(article: HTMLElement): HTMLElement | null {
  if (article.getAttribute('tabindex') !== '-1') return null;
  const editors = Array.from(article.ownerDocument.querySelectorAll<HTMLElement>(S.REPLY_EDITOR));
  return editors.find((e) => isVisible(e) && inlineOwner(e) === article) ?? null;
}

function findOpenEditor(article: HTMLElement): HTMLElement | null {
  const modal = dialogEditor(article.ownerDocument);
  if (modal) {
    // A modal that shows another tweet is not this tweet's reply box.
    const shown = dialogArticle(dialogOf(modal)!);
    if (!shown || shown === article || statusId(shown) === statusId(article)) return modal;
  }
  return inlineEditor(article);
}

function clickReplyOpener(article: HTMLElement): boolean {
  const inline = inlineEditor(article);
  if (inline) {
    inline.focus(); // the focused tweet's box is already there: X opens a modal only from the button
    return true;
  }
  const button = own(article, S.REPLY_BUTTON)[0];
  // Replies limited by the author: X shows the button disabled, so there is nothing to open.
  if (!button || button.getAttribute('aria-disabled') === 'true' || button.hasAttribute('disabled')) return false;
  button.click();
  return true;
}

const editorFor = (element: Element): HTMLElement | null => element.closest<HTMLElement>(S.REPLY_EDITOR);

/** The submit button of the smallest block around the editor that has one (stops at the modal). */
function findSubmitButton(editor: HTMLElement): HTMLElement | null {
  const stop = dialogOf(editor);
  for (let el = editor.parentElement; el; el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(S.REPLY_SUBMIT);
    if (button) return button;
    if (el === stop) break;
  }
  return null;
}

function postForEditor(editor: HTMLElement): HTMLElement | null {
  const dialog = dialogOf(editor);
  return dialog ? dialogArticle(dialog) : inlineOwner(editor);
}


export const xReply: ReplyAdapter = {
  findOpenEditor: neverThrow(findOpenEditor, null),
  clickReplyOpener: neverThrow(clickReplyOpener, false),
  isReplyEditor: neverThrow((element: Element) => {
    const editor = editorFor(element);
    return !!editor && (dialogOf(editor) !== null || inlineOwner(editor) !== null);
  }, false),
  editorFor: neverThrow(editorFor, null),
  findSubmitButton: neverThrow(findSubmitButton, null),
  postForEditor: neverThrow(postForEditor, null),
  submitsOnEnter: false, // Enter makes a new line in X's composer; only the button (or Ctrl+Enter) posts
};
