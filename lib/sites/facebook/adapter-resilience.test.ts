/**
 * What happens when Facebook changes: rotated classes, dropped attributes, virtualised units,
 * hostile or half-rendered DOM. The adapter must keep the same data or degrade to "nothing".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../../dom/extract-text';
import type { PostData } from '../../model/types';
import type { FoundPost } from '../types';
import { facebookAdapter as fb } from './adapter';
import { COMMENT } from './selectors';

const FB = 'https://www.facebook.com';
const USER = { id: 'dana.whitfield', profileUrl: `${FB}/dana.whitfield`, name: 'Dana Whitfield' };

function load(name: string, url = `${FB}/`): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const file = resolve(process.cwd(), 'tests/fixtures/sites/facebook', name); // vitest runs from the repo root
  const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup; // test markup, not page text
  document.body.replaceChildren(div);
  return div;
}

const readAll = (root: ParentNode = document): (PostData & { text: string })[] =>
  fb
    .findPostElements(root)
    .map((el) => fb.readPost(el, USER))
    .filter((f): f is FoundPost => f !== null)
    .map((f) => ({ ...f.data, text: extractText(f.textRoots, { skip: fb.textSkip }).text }));

const strip = (sel: string, ...attrs: string[]): void =>
  document.querySelectorAll(sel).forEach((el) => attrs.forEach((a) => el.removeAttribute(a)));

describe.each(['feed-modern.html', 'feed-article.html', 'post.html'])('layout changes on %s', (name) => {
  let baseline: ReturnType<typeof readAll>;
  beforeEach(() => {
    load(name);
    baseline = readAll();
    expect(baseline.length).toBeGreaterThan(5);
  });

  it('rotated atomic classes and ids change nothing', () => {
    let n = 0;
    document.querySelectorAll('[class]').forEach((el) => el.setAttribute('class', `x${(n++).toString(36)}q z${n}w`));
    document.querySelectorAll('[id]').forEach((el) => el.setAttribute('id', `:z${(n++).toString(36)}:`));
    expect(readAll()).toEqual(baseline);
  });

  it('without aria-posinset and role=feed the post units are found by climbing, same data', () => {
    strip('[aria-posinset]', 'aria-posinset');
    strip('[role="feed"]', 'role');
    expect(readAll()).toEqual(baseline);
  });

  it('without the ⋯ menu label either, the story message or role=article still bounds each post', () => {
    strip('[aria-posinset]', 'aria-posinset');
    strip('[role="feed"]', 'role');
    strip('[aria-label="Actions for this post"]', 'aria-label');
    expect(readAll()).toEqual(baseline);
  });

  it('without data-ad-* attributes, text comes from div[dir=auto][style*=text-align] and authors from h2–h4 links', () => {
    strip('[data-ad-rendering-role]', 'data-ad-rendering-role');
    strip('[data-ad-preview]', 'data-ad-preview', 'data-ad-comet-preview');
    const ids = (rows: typeof baseline): string[] => rows.map((r) => `${r.postId}|${r.author}|${r.text}`);
    expect(ids(readAll())).toEqual(ids(baseline));
  });
});

describe('virtualisation and infinite scroll (window.__fixture hooks)', () => {
  const runFixtureScript = (): { appendPost(o?: object): HTMLElement; removeFirst(): HTMLElement | null } => {
    const code = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '').find((s) => s.includes('__fixture'))!;
    new Function(code)(); // the fixture's own inline script (happy-dom does not run parsed scripts)
    return (window as unknown as { __fixture: ReturnType<typeof runFixtureScript> }).__fixture;
  };

  it.each([
    ['feed-modern.html', 'Just tried the new Northwind Coffee oat latte and it is fantastic!', 'pfbid0Appended1Xq8T1kWm3nB7rV0cYp5sLd2hGf9jEa4uK'],
    ['feed-article.html', 'Does Northwind Coffee still run the loyalty card program?', '7000000000000001'],
  ])('%s: appended units are found from the added node; removed ones disappear', (name, text, postId) => {
    load(name);
    const hooks = runFixtureScript();
    const before = readAll().map((r) => r.postId);
    const unit = hooks.appendPost();
    const added = readAll(unit);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ postId, author: 'Maya Singh', text, isOwn: false, isPromoted: false });
    expect(readAll().map((r) => r.postId)).toEqual([...before, postId]);
    hooks.removeFirst();
    const after = readAll().map((r) => r.postId);
    expect(after).not.toContain(before[0]);
    expect(after).toContain(postId);
  });
});

describe('empty shells filled in later (runtime re-reads the known wrapper and scans the added node)', () => {
  it('the wrapper stops reading as a post once the posinset unit arrives, so one post gets one chip', () => {
    load('feed-modern.html');
    const units = [...document.querySelectorAll<HTMLElement>('div[role="feed"] > div')];
    const shell = units.at(-1)!;
    expect(fb.findPostElements(document)).toContain(shell); // known as a structural unit while empty
    const filled = units[3]!.querySelector('[aria-posinset]')!.cloneNode(true) as HTMLElement;
    shell.querySelector('[data-virtualized]')!.replaceChildren(filled);
    expect(fb.findPostElements(filled)).toEqual([filled]); // what the observer finds in the added node
    expect(fb.readPost(shell, USER)).toBeNull(); // the re-read known wrapper gives way
    expect(fb.readPost(filled, USER)?.data.author).toBe('Ava Kim');
    expect(fb.findPostElements(document).filter((el) => el === shell || el === filled)).toEqual([filled]);
  });
});

describe('snippets the fixtures do not cover', () => {
  it('paid partnership link and aria-label="Sponsored" mark a post promoted', () => {
    for (const marker of ['<a href="/business/help/788160621327601">Paid partnership</a>', '<span aria-label="Sponsored"></span>']) {
      const root = html(`<div role="feed"><div><div data-ad-rendering-role="profile_name"><h4><a href="/NorthwindCoffee">Northwind Coffee</a></h4>${marker}</div>
        <div data-ad-rendering-role="story_message"><div dir="auto" style="text-align: start;">Northwind Coffee beans</div></div></div></div>`);
      expect(fb.readPost(fb.findPostElements(root)[0]!, null)?.data.isPromoted).toBe(true);
    }
  });

  it('reads abbr[data-utime] as an absolute time', () => {
    const root = html(`<div role="article"><h3><a href="/rita">Rita</a></h3><a href="/rita/posts/55"><abbr data-utime="1772539200">2h</abbr></a>
      <div dir="auto" style="text-align: start;">Hello</div></div>`);
    expect(fb.readPost(fb.findPostElements(root)[0]!, null)?.data.postedAt).toBe('2026-03-03T12:00:00.000Z');
  });

  it('a reply nested inside its parent comment stays out of the parent text; no link → h: id under the post', () => {
    const root = html(`<div aria-posinset="1"><a href="/rita/posts/55">1h</a><div data-ad-rendering-role="story_message">Post</div>
      <div role="article" aria-label="Comment by Sam Lee 1 hour ago"><a href="/sam.lee"><span>Sam Lee</span></a><div dir="auto">Parent words</div>
        <div role="article" aria-label="Reply by Nora Quinn 5 minutes ago"><a href="/nora.q">Nora Quinn</a><div dir="auto">Reply words</div></div></div></div>`);
    const [post, parent, reply] = fb.findPostElements(root).map((el) => fb.readPost(el, null)!);
    expect(post!.data.postId).toBe('55');
    expect(extractText(parent!.textRoots).text).toBe('Parent words');
    expect(parent!.data).toMatchObject({ isComment: true, author: 'Sam Lee', parentPostId: '55', url: null });
    expect(parent!.data.postId).toMatch(/^55_h:[0-9a-f]{8}$/);
    expect(extractText(reply!.textRoots).text).toBe('Reply words');
  });

  it('a comment with no name link falls back to its aria-label for the author', () => {
    const root = html('<div role="article" aria-label="Comment by Marta Ruiz 3 hours ago"><div dir="auto">Nice</div></div>');
    expect(fb.readPost(root.firstElementChild as HTMLElement, null)?.data.author).toBe('Marta Ruiz');
  });

  it('never returns a unit for a feed child holding two posts', () => {
    const root = html(`<div role="feed"><div><div aria-label="Actions for this post"></div><div aria-label="Actions for this post"></div></div></div>`);
    const found = fb.findPostElements(root);
    expect(found.every((el) => el.parentElement?.getAttribute('role') !== 'feed')).toBe(true);
  });
});

describe('never throws', () => {
  it.each([
    '',
    '<div role="feed"></div>',
    '<div role="article"></div>',
    '<div role="article" aria-label="Comment by "></div>',
    '<div aria-posinset="x"><a href="http://[::1">x</a><a href="//%%%">y</a></div>',
    '<div data-ad-rendering-role="story_message"></div>',
    '<div aria-label="Actions for this post"></div>',
    '<div role="feed"><p>text</p><div><span style="order: x">S</span></div></div>',
  ])('%j', (markup) => {
    const root = html(markup);
    expect(() => fb.findPostElements(root).forEach((el) => fb.readPost(el, USER))).not.toThrow();
    for (const el of root.querySelectorAll<HTMLElement>('*')) expect(() => fb.readPost(el, USER)).not.toThrow();
  });

  it('degrades to empty/null when the DOM API itself fails', () => {
    const evil = { querySelectorAll: () => { throw new Error('boom'); }, matches: () => { throw new Error('boom'); } };
    expect(fb.findPostElements(evil as unknown as ParentNode)).toEqual([]);
    expect(fb.readPost(evil as unknown as HTMLElement, USER)).toBeNull();
    expect(fb.readCurrentUser(evil as unknown as Document)).toBeNull();
    expect(fb.readCurrentUser(new DOMParser().parseFromString('', 'text/html'))).toBeNull();
    expect(fb.findPostElements(document.createDocumentFragment())).toEqual([]);
  });
});

describe('hosts and pages', () => {
  it.each([['www.facebook.com', true], ['web.facebook.com', true], ['facebook.com', true], ['m.facebook.com', false], ['l.facebook.com', false], ['notfacebook.com', false], ['facebook.com.evil.io', false]])(
    'matchesHost(%s) = %s',
    (host, ok) => expect(fb.matchesHost(host)).toBe(ok),
  );

  it.each([
    ['/', true], ['/home.php', true], ['/?sk=h_chr', true], ['/groups/301234567890123/', true], ['/groups/northwindfans', true], ['/groups/feed/', true],
    ['/groups/301234567890123/posts/3141592653589793/', true], ['/groups/301234567890123/permalink/2718281828459045/', true],
    ['/NorthwindCoffee', true], ['/dana.whitfield/', true], ['/NorthwindCoffee/posts/pfbid02Ab', true], ['/profile.php?id=100004521879', true],
    ['/permalink.php?story_fbid=1&id=2', true], ['/story.php?story_fbid=1&id=2', true], ['/search/posts/?q=northwind', true], ['/hashtag/northwind', true],
    ['/messages/t/123', false], ['/marketplace/', false], ['/settings', false], ['/watch/?v=1', false], ['/notifications', false], ['/friends', false],
    ['/groups/', false], ['/groups/discover/', false], ['/groups/301234567890123/members/', false], ['/search/top/?q=x', false], ['/photo/?fbid=1', false],
    ['/NorthwindCoffee/about', false], ['/reel/123', false], ['/events/1', false], ['/saved/', false],
  ])('expectsPosts(%s) = %s', (path, ok) => expect(fb.expectsPosts(new URL(path, FB))).toBe(ok));
});

it('comments found on their own are never posts', () => {
  load('post.html');
  for (const el of fb.findPostElements(document)) {
    const data = fb.readPost(el, null)!.data;
    expect(data.isComment).toBe(el.matches(COMMENT));
  }
});
