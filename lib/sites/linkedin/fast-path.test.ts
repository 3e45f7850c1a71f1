/**
 * The adapter's fast path (readTextRoots, mayBeOwn) against the full read (readPost), on every
 * saved LinkedIn page and on layouts derived from them: the processor reads only these two for
 * most posts, so they must agree with readPost exactly (text roots) or conservatively (own).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CurrentUser, FoundPost } from '../types';
import { linkedinAdapter as A } from './adapter';
import { ANY_COMMENT, ANY_RESHARE, SHARED, V1, V2 } from './selectors';

const FEED = 'https://www.linkedin.com/feed/';
const DETAIL_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7529822397037167628/';
const IN = (slug: string): string => `https://www.linkedin.com/in/${slug}/`;

function load(name: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(resolve(process.cwd(), `tests/fixtures/sites/linkedin/${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

type Variant = [string, (doc: Document) => void];
const strip = (attr: string) => (doc: Document): void => doc.querySelectorAll(`[${attr}]`).forEach((el) => el.removeAttribute(attr));
/** The page's own infinite-scroll hook appends two more posts (one with the user's slug in capitals). */
const appended = (doc: Document): void => {
  const win: { __fixture?: { appendPost(o?: object): string } } = {};
  new Function('window', 'document', doc.querySelector('script')!.textContent!)(win, doc);
  win.__fixture!.appendPost({ id: '7530000000000000001', name: 'Zoe Quinn', slug: 'zoe-quinn' });
  win.__fixture!.appendPost({ id: '7530000000000000002', name: 'Dana Whitfield', slug: 'Dana-Whitfield' });
};
/** Non-ASCII slugs as LinkedIn writes them (percent-encoded, mixed case) and as a raw attribute. */
const accented = (doc: Document): void => {
  const rewrite = (from: string, to: string): void => doc.querySelectorAll(`a[href*="/in/${from}"]`).forEach((a) => {
    a.setAttribute('href', a.getAttribute('href')!.replace(`/in/${from}`, `/in/${to}`));
  });
  rewrite('marcus-chen-ops', 'J%C3%B6rg-M%C3%BCller');
  rewrite('priya-nair', 'j%c3%b6rg-m%c3%bcller');
  rewrite('aisha-rahman', 'Jörg-Müller');
  rewrite('leomartins', '%E6%9D%8E%E5%9B%9B');
};
const VARIANTS: Variant[] = [
  ['as saved', () => {}],
  ['without data-view-name', strip('data-view-name')],
  ['without data-testid', strip('data-testid')],
  ['without role', strip('role')],
  ['with appended posts', appended],
  ['with accented and encoded slugs', accented],
];
const PAGES: [string, string][] = [['feed-v2', FEED], ['feed-v1', FEED], ['post-v2', DETAIL_URL]];
// post-v2 has no infinite-scroll hook.
const CASES = PAGES.flatMap(([name, url]) => VARIANTS.filter(([v]) => name !== 'post-v2' || v !== 'with appended posts')
  .map(([v, mutate]) => [`${name} ${v}`, name, url, mutate] as const));

/** Same elements, same order (identity, not structural equality). */
function expectSame(actual: readonly Element[] | null, expected: readonly Element[]): void {
  expect(actual).not.toBeNull();
  expect(actual!.length).toBe(expected.length);
  actual!.forEach((el, i) => expect(el).toBe(expected[i]));
}

const DANA: CurrentUser = { id: 'dana-whitfield', profileUrl: IN('dana-whitfield'), name: 'Dana Whitfield' };
const read = (doc: Document, user: CurrentUser | null): { el: HTMLElement; found: FoundPost }[] =>
  A.findPostElements(doc).map((el) => ({ el, found: A.readPost(el, user)! })).filter((r) => r.found);

/** Users that are, and are not, the authors on the page: every author's slug as is, in capitals, decoded, and strangers. */
function usersFor(doc: Document): (CurrentUser | null)[] {
  const slugs = new Set<string>();
  for (const { found } of read(doc, null)) {
    const slug = /\/in\/([^/]+)\//.exec(found.data.handle ?? '')?.[1];
    if (slug) slugs.add(slug);
  }
  const decoded = (s: string): string => { try { return decodeURIComponent(s); } catch { return s; } };
  return [
    null, DANA, { id: null, profileUrl: null, name: 'Dana Whitfield' }, { id: '', profileUrl: null, name: null },
    { id: 'whitfield', profileUrl: null, name: null }, { id: 'dana"]', profileUrl: null, name: null }, { id: 'a\\b\n', profileUrl: null, name: null },
    ...[...slugs].flatMap((s) => [s, s.toUpperCase(), decoded(s), decoded(s).toUpperCase()].map((id) => ({ id, profileUrl: null, name: null }))),
  ];
}

describe.each(CASES)('%s', (_, name, url, mutate) => {
  const doc = (): Document => {
    const d = load(name, url);
    mutate(d);
    return d;
  };

  it('readTextRoots gives exactly the text roots of readPost, for every post and comment', () => {
    const found = read(doc(), DANA);
    expect(found.length).toBeGreaterThan(0);
    for (const { el, found: f } of found) expectSame(A.readTextRoots!(el), f.textRoots);
  });

  it('readTextRoots agrees with readPost on any element readPost can read', () => {
    const d = doc();
    for (const el of Array.from(d.body.querySelectorAll<HTMLElement>('*'))) {
      const f = A.readPost(el, null);
      if (f) expectSame(A.readTextRoots!(el), f.textRoots);
    }
  });

  it('mayBeOwn is true for every own post and comment, and (here) for no other', () => {
    const d = doc();
    let own = 0;
    for (const user of usersFor(d)) {
      for (const { el, found } of read(d, user)) {
        const maybe = A.mayBeOwn!(el, user);
        if (found.data.isOwn) own += 1;
        expect({ user, postId: found.data.postId, maybe }).toEqual({ user, postId: found.data.postId, maybe: found.data.isOwn });
      }
    }
    expect(own).toBeGreaterThan(0);
  });
});

describe('fast path details', () => {
  it('finds the own post when the user id and the link spell the slug differently', () => {
    const d = load('feed-v2', FEED);
    accented(d);
    for (const id of ['jörg-müller', 'JÖRG-MÜLLER', 'Jörg-Müller', '李四']) {
      const user = { id, profileUrl: null, name: null };
      const own = read(d, user).filter(({ found }) => found.data.isOwn);
      expect(own.length).toBeGreaterThan(0);
      for (const { el } of own) expect(A.mayBeOwn!(el, user)).toBe(true);
    }
  });

  it('returns null for an element that can hold no URN, [] for a post without text', () => {
    const d = load('feed-v2', FEED);
    expect(A.readTextRoots!(d.createElement('div'))).toBeNull();
    const post = A.findPostElements(d)[0]!;
    post.querySelectorAll('[data-view-name="feed-commentary"], [data-testid="expandable-text-box"]').forEach((t) => t.remove());
    expect(A.readPost(post, null)?.textRoots).toEqual([]);
    expect(A.readTextRoots!(post)).toEqual([]);
  });

  it.each([['feed-v2'], ['feed-v1']])('%s: words inside a reshare or a comment never become the post\'s own', (name) => {
    const d = load(name, FEED);
    const byAuthor = (author: string): HTMLElement => A.findPostElements(d).find((el) => A.readPost(el, null)?.data.author === author)!;
    const ownText = `${V2.commentary}, ${V2.textBox}, ${V1.text}`;
    // Omar's reshare, and Marcus's post with two comments, without words of their own.
    for (const post of [byAuthor('Omar Farouk'), byAuthor('Marcus Chen')]) {
      const inner = post.querySelector(`${ANY_RESHARE}, ${ANY_COMMENT}`)!;
      for (const t of Array.from(post.querySelectorAll(ownText))) if (!inner.contains(t) && !t.contains(inner)) t.remove();
      expect(inner.querySelector(ownText)).not.toBeNull();
      expect(A.readPost(post, null)!.textRoots).toEqual([]);
      expectSame(A.readTextRoots!(post), []);
    }
  });

  it('never throws, whatever it is given', () => {
    const evil = { matches: () => { throw new Error('boom'); }, querySelector: () => { throw new Error('boom'); } } as unknown as HTMLElement;
    expect(A.readTextRoots!(evil)).toBeNull();
    expect(A.mayBeOwn!(evil, DANA)).toBe(true); // unsure: the full read decides
  });

  it('a document scan returns what the scans of each added post return, in the same order', () => {
    const d = load('feed-v2', FEED);
    const win: { __fixture?: { appendPost(o?: object): string } } = {};
    new Function('window', 'document', d.querySelector('script')!.textContent!)(win, d);
    for (let i = 0; i < 40; i++) win.__fixture!.appendPost({ id: String(7530000000000001000n + BigInt(i)), name: `User ${i}`, slug: `user-${i}` });
    const wrappers = Array.from(d.querySelectorAll<HTMLElement>('[data-lazy-mount-id]'));
    expectSame(A.findPostElements(d), wrappers.flatMap((w) => A.findPostElements(w)));
    expect(A.findPostElements(d).length).toBeGreaterThan(50);
  });

  it('every "Promoted" label has the letters of the cheap pre-check', () => {
    const words = /\^\(([^)]*)\)/.exec(SHARED.promotedLabel.source)![1]!.split('|');
    expect(words.length).toBeGreaterThan(5);
    for (const w of words) {
      expect(SHARED.promotedHint.test(w)).toBe(true);
      expect(SHARED.promotedHint.test([...w.toUpperCase()].reverse().join(''))).toBe(true);
    }
  });
});
