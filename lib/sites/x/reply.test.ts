/**
 * X reply boxes on the saved pages (tests/fixtures/sites/x): the home composer is never a reply
 * box, the modal's composer is, the focused tweet's inline composer is. The modal is added the way
 * X renders it (the fixture's own script does the same in a real browser: tests/e2e/reply-boxes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { xAdapter } from './adapter';

const reply = xAdapter.reply!;
const id = (n: number): string => `20604129000000${String(n).padStart(5, '0')}`;

function load(name: string, url: string): void {
  const html = readFileSync(resolve('tests/fixtures/sites/x', name), 'utf8');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>[\s\S]*$/, '');
}

const tweet = (n: number): HTMLElement =>
  xAdapter.findPostElements(document).find((el) => xAdapter.readPost(el, null)?.data.postId === id(n))!;
const replyButtonOf = (article: HTMLElement): Element => article.querySelector('[data-testid="reply"]')!;
const homeComposer = (): HTMLElement => document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;

/** X's reply modal under #layers: optionally the tweet being replied to, then a Draft composer and tweetButton. */
function openModal(shown?: HTMLElement, style = ''): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('style', style);
  if (shown) dialog.append(shown.cloneNode(true));
  const box = document.createElement('div');
  box.setAttribute('data-testid', 'tweetTextarea_0_label');
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('data-testid', 'tweetTextarea_0');
  editor.append(document.createElement('span'));
  const submit = document.createElement('button');
  submit.setAttribute('data-testid', 'tweetButton');
  submit.setAttribute('aria-disabled', 'true');
  box.append(editor);
  dialog.append(box, submit);
  document.getElementById('layers')!.append(dialog);
  return editor;
}

describe('home timeline', () => {
  beforeEach(() => load('home.html', 'https://x.com/home'));

  it('never takes the "What is happening?!" composer for a reply box', () => {
    expect(homeComposer()).not.toBeNull();
    expect(reply.findOpenEditor(tweet(101))).toBeNull();
    expect(reply.isReplyEditor(homeComposer())).toBe(false);
    expect(reply.postForEditor(homeComposer())).toBeNull();
  });

  it("clicks the tweet's own Reply button, not the quoted tweet's", () => {
    const clicks: Element[] = [];
    vi.spyOn(HTMLElement.prototype, 'click').mockImplementation(function (this: HTMLElement) {
      clicks.push(this);
    });
    for (const n of [101, 108]) {
      const article = tweet(n);
      expect(reply.clickReplyOpener(article)).toBe(true);
      const clicked = clicks.at(-1)!;
      expect(clicked.getAttribute('data-testid')).toBe('reply');
      expect(clicked.closest('article')).toBe(article);
      expect(clicked.closest('div[role="link"][tabindex="0"]')).toBeNull();
    }
    expect(clicks).toHaveLength(2);
    // Replies limited by the author: the button is disabled, there is nothing to open.
    replyButtonOf(tweet(102)).setAttribute('aria-disabled', 'true');
    expect(reply.clickReplyOpener(tweet(102))).toBe(false);
    expect(clicks).toHaveLength(2);
  });

  it('finds the modal composer (two tweetTextarea_0 coexist), its tweetButton, and the tweet it shows', () => {
    const editor = openModal();
    expect(document.querySelectorAll('[data-testid="tweetTextarea_0"]')).toHaveLength(2);
    expect(reply.findOpenEditor(tweet(101))).toBe(editor);
    expect(reply.isReplyEditor(editor.firstElementChild!)).toBe(true);
    expect(reply.editorFor(editor.firstElementChild!)).toBe(editor);
    expect(reply.findSubmitButton(editor)?.getAttribute('data-testid')).toBe('tweetButton');
    expect(reply.postForEditor(editor)).toBeNull(); // the modal shows no tweet: the caller knows which it opened
  });

  it('the modal replies to the tweet it shows, and only to that one', () => {
    const editor = openModal(tweet(101));
    const shown = editor.closest('[role="dialog"]')!.querySelector('article')!;
    expect(reply.postForEditor(editor)).toBe(shown);
    expect(reply.findOpenEditor(tweet(101))).toBe(editor);
    expect(reply.findOpenEditor(tweet(102))).toBeNull();
  });

  it('ignores a hidden modal', () => {
    openModal(undefined, 'display: none');
    expect(reply.findOpenEditor(tweet(101))).toBeNull();
  });

  it('submitsOnEnter is false (Enter makes a new line)', () => {
    expect(reply.submitsOnEnter).toBe(false);
  });
});

describe('status page', () => {
  beforeEach(() => load('status.html', `https://x.com/NorthwindCoffee/status/${id(500)}`));
  const inline = (): HTMLElement => document.querySelector<HTMLElement>('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!;

  it("the focused tweet's inline composer is its reply box, with tweetButtonInline", () => {
    const focused = tweet(500);
    expect(focused.getAttribute('tabindex')).toBe('-1');
    expect(reply.findOpenEditor(focused)).toBe(inline());
    expect(reply.isReplyEditor(inline())).toBe(true);
    expect(reply.findSubmitButton(inline())?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(reply.postForEditor(inline())).toBe(focused);
  });

  it('replies below the focused tweet do not own the inline composer; their Reply opens the modal', () => {
    const click = vi.spyOn(HTMLElement.prototype, 'click').mockImplementation(() => {});
    expect(reply.findOpenEditor(tweet(501))).toBeNull();
    expect(reply.clickReplyOpener(tweet(501))).toBe(true);
    expect(click).toHaveBeenCalledTimes(1);
    const editor = openModal();
    expect(reply.findOpenEditor(tweet(501))).toBe(editor);
  });

  it('for the focused tweet, opening just focuses the inline composer', () => {
    const click = vi.spyOn(HTMLElement.prototype, 'click').mockImplementation(() => {});
    const focus = vi.spyOn(inline(), 'focus');
    expect(reply.clickReplyOpener(tweet(500))).toBe(true);
    expect(focus).toHaveBeenCalled();
    expect(click).not.toHaveBeenCalled();
  });
});

describe('broken DOM', () => {
  it('never throws', () => {
    load('home.html', 'https://x.com/home');
    const bogus = {} as HTMLElement;
    const detached = document.createElement('article');
    for (const el of [bogus, detached]) {
      expect(reply.findOpenEditor(el)).toBeNull();
      expect(reply.clickReplyOpener(el)).toBe(false);
      expect(reply.isReplyEditor(el)).toBe(false);
      expect(reply.editorFor(el)).toBeNull();
      expect(reply.findSubmitButton(el)).toBeNull();
      expect(reply.postForEditor(el)).toBeNull();
    }
  });
});
