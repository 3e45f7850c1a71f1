/**
 * LinkedIn comment boxes on the saved pages (tests/fixtures/sites/linkedin), both generations.
 * The inline reply box shares the post box's aria-label (v2), so which comment owns a box is
 * decided by position: these tests add boxes where LinkedIn puts them and check who gets which.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { linkedinAdapter as A } from './adapter';

const reply = A.reply!;
const FEED = 'https://www.linkedin.com/feed/';
const DETAIL = 'https://www.linkedin.com/feed/update/urn:li:activity:7529822397037167628/';
const V2_POST = 'urn:li:activity:7529459884213272598';
const V2_QUESTION = 'urn:li:activity:7529432758797301723';
const v2Comment = (id: string): string => `urn:li:comment:(urn:li:activity:7529459884213272598,${id})`;
const V1_POST = 'urn:li:activity:7529106072937656617';
const V1_QUESTION = 'urn:li:activity:7529073614457595608';
const v1Comment = (id: string): string => `urn:li:comment:(urn:li:activity:7529106072937656617,${id})`;
const detailComment = (id: string, post = 'activity:7529822397037167628'): string => `urn:li:comment:(urn:li:${post},${id})`;

function load(name: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(resolve(process.cwd(), `tests/fixtures/sites/linkedin/${name}.html`), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>[\s\S]*$/, '');
}
const post = (urn: string): HTMLElement => A.findPostElements(document).find((el) => A.readPost(el, null)?.data.postId === urn)!;

/** Markup LinkedIn adds for an inline reply box: v2 TipTap (same aria-label as the post's box) or v1 Quill. */
function replyBox(generation: 'v2' | 'v1'): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = generation === 'v2' // test markup, not page text
    ? '<div data-view-name="comment-box"><div aria-label="Text editor for creating comment"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p>Priya Nair </p></div></div><button data-view-name="comment-post">Reply</button></div>'
    : '<div class="comments-comment-box comments-comment-box--reply"><form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Priya Nair </p></div><div class="ql-clipboard" contenteditable="true"></div></div></div><button class="comments-comment-box__submit-button--cr">Reply</button></form></div>';
  return box;
}
const editorIn = (box: Element): HTMLElement => box.querySelector<HTMLElement>('[contenteditable="true"]:not(.ql-clipboard)')!;
/** Records which elements .click() was called on (without running the page's handlers). */
function spyClicks(): Element[] {
  const clicks: Element[] = [];
  vi.spyOn(HTMLElement.prototype, 'click').mockImplementation(function (this: HTMLElement) {
    clicks.push(this);
  });
  return clicks;
}

describe('v2 feed', () => {
  beforeEach(() => load('feed-v2', FEED));

  it("finds the post's own box inside its listitem, its submit, and the post it belongs to", () => {
    const item = post(V2_POST);
    const editor = reply.findOpenEditor(item)!;
    expect(editor.matches('div.tiptap.ProseMirror[contenteditable="true"]')).toBe(true);
    expect(item.contains(editor)).toBe(true);
    expect(reply.isReplyEditor(editor.firstElementChild!)).toBe(true);
    expect(reply.editorFor(editor.firstElementChild!)).toBe(editor);
    expect(reply.findSubmitButton(editor)?.getAttribute('data-view-name')).toBe('comment-post');
    expect(reply.postForEditor(editor)).toBe(item);
    expect(reply.findOpenEditor(post(V2_QUESTION))).toBeNull(); // no box yet: LinkedIn adds it on Comment
  });

  it("the post's box is never a comment's; an inline box after a comment is that comment's, by position", () => {
    const [c1, c2] = [post(v2Comment('7529478965753352723')), post(v2Comment('7529494061217026578'))];
    expect(reply.findOpenEditor(c1)).toBeNull();
    const box = replyBox('v2');
    c1.after(box);
    const editor = editorIn(box);
    expect(reply.findOpenEditor(c1)).toBe(editor);
    expect(reply.findOpenEditor(c2)).toBeNull();
    expect(reply.findOpenEditor(post(V2_POST))).not.toBe(editor);
    expect(reply.postForEditor(editor)).toBe(c1);
    expect(reply.findSubmitButton(editor)).toBe(box.querySelector('button'));
    c2.after(box); // the same box, now after the second comment
    expect(reply.findOpenEditor(c1)).toBeNull();
    expect(reply.findOpenEditor(c2)).toBe(editor);
  });

  it('replies that follow a comment as siblings stay in its thread', () => {
    const [c1, c2] = [post(v2Comment('7529478965753352723')), post(v2Comment('7529494061217026578'))];
    c2.querySelectorAll('[data-view-name^="comment-actor-"]').forEach((a) =>
      a.setAttribute('data-view-name', a.getAttribute('data-view-name')!.replace('comment-', 'reply-')));
    const box = replyBox('v2');
    c2.after(box); // below the reply, where LinkedIn opens the thread's box
    expect(reply.findOpenEditor(c1)).toBe(editorIn(box));
    expect(reply.findOpenEditor(c2)).toBe(editorIn(box));
  });

  it("clicks the post's Comment button and a comment's own Reply", () => {
    const clicks = spyClicks();
    expect(reply.clickReplyOpener(post(V2_QUESTION))).toBe(true);
    expect(clicks[0]!.getAttribute('data-view-name')).toBe('feed-comment-button');
    expect(post(V2_QUESTION).contains(clicks[0]!)).toBe(true);
    expect(reply.clickReplyOpener(post(v2Comment('7529478965753352723')))).toBe(true);
    expect(clicks[1]!.getAttribute('aria-label')).toBe('Reply to Priya Nair’s comment');
  });
});

describe('v2 post detail page', () => {
  beforeEach(() => load('post-v2', DETAIL));

  it("the post's box, and a thread's reply box for the comment and its nested reply only", () => {
    const page = post('urn:li:activity:7529822397037167628');
    const postEditor = reply.findOpenEditor(page)!;
    expect(postEditor.closest('[data-view-name="comment-box"]')).not.toBeNull();
    const ravi = post(detailComment('7529883869835098632'));
    const dana = post(detailComment('7530154580443140297'));
    const kate = post(detailComment('7529914064793172491', 'ugcPost:7529825098379362521'));
    const box = replyBox('v2');
    ravi.after(box); // after the whole thread (Ravi's comment and Dana's reply inside it)
    expect(reply.findOpenEditor(ravi)).toBe(editorIn(box));
    expect(reply.findOpenEditor(dana)).toBe(editorIn(box));
    expect(reply.findOpenEditor(kate)).toBeNull();
    expect(reply.findOpenEditor(page)).toBe(postEditor);
    expect(reply.postForEditor(editorIn(box))).toBe(ravi); // the thread's comment, not Dana's nested reply
    expect(reply.postForEditor(postEditor)).toBe(page);
  });

  it("clicks Ravi's Reply, not the one of Dana's nested reply", () => {
    const clicks = spyClicks();
    expect(reply.clickReplyOpener(post(detailComment('7529883869835098632')))).toBe(true);
    expect(clicks.map((b) => b.getAttribute('aria-label'))).toEqual(['Reply to Ravi Patel’s comment']);
  });
});

describe('v1 feed (Quill)', () => {
  beforeEach(() => load('feed-v1', FEED));

  it("finds the post's .ql-editor (never the hidden .ql-clipboard) and the legacy submit", () => {
    const update = post(V1_POST);
    const editor = reply.findOpenEditor(update)!;
    expect(editor.classList.contains('ql-editor')).toBe(true);
    expect(reply.isReplyEditor(update.querySelector('.ql-clipboard')!)).toBe(false);
    expect(reply.findSubmitButton(editor)?.classList.contains('comments-comment-box__submit-button--cr')).toBe(true);
    expect(reply.postForEditor(editor)).toBe(update);
    expect(reply.findOpenEditor(post(V1_QUESTION))).toBeNull();
  });

  it('a reply box inside a comment is that comment’s', () => {
    const [c1, c2] = [post(v1Comment('7529120610786549328')), post(v1Comment('7529135706250223187'))];
    const box = replyBox('v1');
    c1.append(box);
    expect(reply.findOpenEditor(c1)).toBe(editorIn(box));
    expect(reply.findOpenEditor(c2)).toBeNull();
    expect(reply.postForEditor(editorIn(box))).toBe(c1);
    expect(reply.findOpenEditor(post(V1_POST))?.closest('.comments-comment-box--reply')).toBeNull();
  });

  it('clicks the action bar Comment and the comment’s Reply', () => {
    const clicks = spyClicks();
    expect(reply.clickReplyOpener(post(V1_QUESTION))).toBe(true);
    expect(reply.clickReplyOpener(post(v1Comment('7529135706250223187')))).toBe(true);
    expect(clicks.map((b) => b.getAttribute('aria-label'))).toEqual(['Comment', 'Reply to Tom Becker’s comment']);
    expect(post(V1_QUESTION).contains(clicks[0]!)).toBe(true);
  });
});

it('never throws on broken DOM, and Enter does not submit', () => {
  load('feed-v2', FEED);
  for (const el of [{} as HTMLElement, document.createElement('div')]) {
    expect(reply.findOpenEditor(el)).toBeNull();
    expect(reply.clickReplyOpener(el)).toBe(false);
    expect(reply.isReplyEditor(el)).toBe(false);
    expect(reply.editorFor(el)).toBeNull();
    expect(reply.findSubmitButton(el)).toBeNull();
    expect(reply.postForEditor(el)).toBeNull();
  }
  expect(reply.submitsOnEnter).toBe(false);
});
