/**
 * Facebook comment boxes on the saved pages (tests/fixtures/sites/facebook). The post's "Comment as"
 * box sits after the comments, so a comment owns only "Reply to …" boxes (or boxes inside it) between
 * its Reply and the next thread; Messenger's Lexical boxes never count.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { facebookAdapter as fb } from './adapter';

const reply = fb.reply!;

function load(name: string, url = 'https://www.facebook.com/'): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const file = resolve(process.cwd(), 'tests/fixtures/sites/facebook', name);
  const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}
const find = (author: string, comment = false): HTMLElement =>
  fb.findPostElements(document).find((el) => {
    const data = fb.readPost(el, null)?.data;
    return data?.author === author && data.isComment === comment;
  })!;

/** A Lexical composer as Facebook renders it, with its send button (disabled until there is text). */
function composer(label: string, enabled = false): HTMLElement {
  const form = document.createElement('form');
  form.innerHTML = // test markup, not page text
    `<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><br></p></div></div>` +
    `<div role="button" aria-label="Comment"${enabled ? '' : ' aria-disabled="true"'}>Send</div>`;
  return form;
}
const editorIn = (el: Element): HTMLElement => el.querySelector<HTMLElement>('[data-lexical-editor="true"]')!;
function spyClicks(): Element[] {
  const clicks: Element[] = [];
  vi.spyOn(HTMLElement.prototype, 'click').mockImplementation(function (this: HTMLElement) {
    clicks.push(this);
  });
  return clicks;
}

describe('modern feed', () => {
  beforeEach(() => load('feed-modern.html'));

  it("finds the post's \"Comment as\" box in its unit, and the post it belongs to", () => {
    const unit = find('Liam Carter');
    const editor = reply.findOpenEditor(unit)!;
    expect(editor.getAttribute('aria-label')).toBe('Comment as Dana Whitfield');
    expect(unit.contains(editor)).toBe(true);
    expect(reply.isReplyEditor(editor)).toBe(true);
    expect(reply.postForEditor(editor)).toBe(unit);
    expect(reply.findSubmitButton(editor)).toBeNull(); // the saved box has no send button: never the action bar's
  });

  it('prefers an enabled send button beside the box', () => {
    const unit = find('Liam Carter');
    const form = reply.findOpenEditor(unit)!.closest('form')!;
    const live = composer('Comment as Dana Whitfield');
    form.replaceWith(live);
    const editor = editorIn(live);
    expect(reply.findSubmitButton(editor)?.getAttribute('aria-disabled')).toBe('true');
    const enabled = composer('x', true).lastElementChild!;
    live.append(enabled);
    expect(reply.findSubmitButton(editor)).toBe(enabled);
  });

  it("a comment owns only the \"Reply to\" box after its thread, not the post's box", () => {
    const marta = find('Marta Ruiz', true);
    const owen = find('Owen Price', true); // a reply in Marta's thread (a sibling list after her article)
    expect(marta.contains(owen)).toBe(false);
    expect(reply.findOpenEditor(marta)).toBeNull();
    const box = composer('Reply to Marta Ruiz');
    marta.parentElement!.append(box); // below the thread's replies
    expect(reply.findOpenEditor(marta)).toBe(editorIn(box));
    expect(reply.findOpenEditor(owen)).toBe(editorIn(box));
    expect(reply.findOpenEditor(find('Dana Whitfield', true))).toBeNull(); // another post's comment
    expect(reply.findOpenEditor(find('Liam Carter'))?.getAttribute('aria-label')).toBe('Comment as Dana Whitfield');
    expect(reply.postForEditor(editorIn(box))).toBe(marta);
  });

  it('never takes a Messenger box (bare Lexical, no composer label)', () => {
    const chat = composer('Message');
    document.body.append(chat);
    expect(reply.isReplyEditor(editorIn(chat))).toBe(false);
    expect(reply.editorFor(editorIn(chat))).toBeNull();
  });

  it('looks in the newest dialog when the post opened there', () => {
    const unit = find('Liam Carter');
    reply.findOpenEditor(unit)!.closest('form')!.remove();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(composer('Write a public comment…'));
    document.body.append(dialog);
    expect(reply.findOpenEditor(unit)).toBe(editorIn(dialog));
  });

  it('clicks "Leave a comment" for a post, the comment\'s own Reply for a comment', () => {
    const clicks = spyClicks();
    expect(reply.clickReplyOpener(find('Liam Carter'))).toBe(true);
    expect(reply.clickReplyOpener(find('Marta Ruiz', true))).toBe(true);
    expect(clicks[0]!.getAttribute('aria-label')).toBe('Leave a comment');
    expect(find('Liam Carter').contains(clicks[0]!)).toBe(true);
    expect(clicks[1]!.textContent).toBe('Reply');
    expect(clicks[1]!.closest('[role="article"]')).toBe(find('Marta Ruiz', true)); // not Owen's nested Reply
  });

  it('falls back to a button named "Comment" when the aria-label is gone (OpenCLI #2089)', () => {
    const unit = find('Liam Carter');
    const opener = unit.querySelector('[aria-label="Leave a comment"]')!;
    opener.removeAttribute('aria-label');
    const clicks = spyClicks();
    expect(reply.clickReplyOpener(unit)).toBe(true);
    expect(clicks).toEqual([opener]);
  });
});

describe.each([
  ['feed-article.html', 'https://www.facebook.com/groups/northwindfans/', 'Rita Gomez', 'Sam Lee'],
  ['post.html', 'https://www.facebook.com/northwindcoffee/posts/pfbid02demo', 'Karen Holt', 'Tom Becker'],
])('%s', (file, url, author, commenter) => {
  beforeEach(() => load(file, url));

  it('the post box is in the unit the adapter reports; a comment gets its own reply box', () => {
    const unit = find(author);
    const editor = reply.findOpenEditor(unit)!;
    expect(editor).not.toBeNull();
    expect(reply.postForEditor(editor)).toBe(unit);
    const comment = find(commenter, true);
    const box = composer(`Reply to ${commenter}`);
    comment.parentElement!.append(box);
    expect(reply.findOpenEditor(comment)).toBe(editorIn(box));
    expect(reply.postForEditor(editorIn(box))).toBe(comment);
  });
});

it('never throws on broken DOM; Enter submits', () => {
  load('feed-modern.html');
  for (const el of [{} as HTMLElement, document.createElement('div')]) {
    expect(reply.findOpenEditor(el)).toBeNull();
    expect(reply.clickReplyOpener(el)).toBe(false);
    expect(reply.isReplyEditor(el)).toBe(false);
    expect(reply.editorFor(el)).toBeNull();
    expect(reply.findSubmitButton(el)).toBeNull();
    expect(reply.postForEditor(el)).toBeNull();
  }
  expect(reply.submitsOnEnter).toBe(true);
});
