/**
 * The adapter's fast path (readTextRoots, mayBeOwn) against the full read (readPost), on every
 * saved Facebook page and on layouts derived from them (the climb, text-block and comment
 * fallbacks): the processor reads only these two for most posts, so they must agree with readPost
 * exactly (text roots) or conservatively (own).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CurrentUser, FoundPost } from '../types';
import { facebookAdapter as fb } from './adapter';
import { isSubsequence, isSponsoredLetters, mayHaveLetters, parseProfileUrl } from './parse';
import { COMMENT, SPONSORED_LABELS } from './selectors';

const FB = 'https://www.facebook.com';

function load(name: string, url = `${FB}/`): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const file = resolve(process.cwd(), 'tests/fixtures/sites/facebook', name); // vitest runs from the repo root
  const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

const strip = (sel: string, ...attrs: string[]) => (): void =>
  document.querySelectorAll(sel).forEach((el) => attrs.forEach((a) => el.removeAttribute(a)));
const all = (...steps: (() => void)[]) => (): void => steps.forEach((s) => s());
/** The page's own hooks: a few more units (one by the user, with her vanity in capitals). */
const appended = (): void => {
  const code = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '').find((s) => s.includes('__fixture'))!;
  new Function(code)();
  const hooks = (window as unknown as { __fixture: { appendPost(o?: object): HTMLElement } }).__fixture;
  hooks.appendPost();
  hooks.appendPost({ id: 'pfbid0Own1', author: 'Dana Whitfield', vanity: 'Dana.Whitfield' });
};
/** Comment bodies next to and inside links (mentions, a name link around a div): the comment text's slow path. */
const linkedComments = (): void => {
  document.querySelectorAll(COMMENT).forEach((c, i) => {
    const body = c.querySelector('div[dir="auto"]');
    if (!body) return;
    const name = c.querySelector('a[href] span')?.textContent ?? '';
    const mention = document.createElement('a');
    mention.setAttribute('href', `${FB}/someone.${i}`);
    mention.textContent = i % 2 ? name : 'Someone Else';
    body.append(' ', mention);
    if (i % 3 === 0) {
      const nameLink = c.querySelector('a[href]:not([aria-hidden])');
      const inner = document.createElement('div');
      inner.setAttribute('dir', 'auto');
      inner.textContent = name;
      nameLink?.replaceChildren(inner);
    }
  });
};

const VARIANTS: [string, () => void][] = [
  ['as saved', () => {}],
  ['without posinset and feed (units found by climbing)', all(strip('[aria-posinset]', 'aria-posinset'), strip('[role="feed"]', 'role'))],
  ['without the ⋯ menu label either', all(strip('[aria-posinset]', 'aria-posinset'), strip('[role="feed"]', 'role'), strip('[aria-label="Actions for this post"]', 'aria-label'))],
  ['without data-ad-* (text blocks, h2–h4 authors)', all(strip('[data-ad-rendering-role]', 'data-ad-rendering-role'), strip('[data-ad-preview]', 'data-ad-preview', 'data-ad-comet-preview'))],
  ['with links in comment bodies', linkedComments],
];
const PAGES: [string, string][] = [['feed-modern.html', `${FB}/`], ['feed-article.html', `${FB}/groups/301234567890123/`], ['post.html', `${FB}/karen.holt.5/posts/x`]];
const CASES = [
  ...PAGES.flatMap(([name, url]) => VARIANTS.map(([v, mutate]) => [`${name} ${v}`, name, url, mutate] as const)),
  ...PAGES.slice(0, 2).map(([name, url]) => [`${name} with appended units`, name, url, appended] as const),
];

/** Same elements, same order (identity, not structural equality). */
function expectSame(actual: readonly Element[] | null, expected: readonly Element[]): void {
  expect(actual).not.toBeNull();
  expect(actual!.length).toBe(expected.length);
  actual!.forEach((el, i) => expect(el).toBe(expected[i]));
}

const read = (user: CurrentUser | null): { el: HTMLElement; found: FoundPost }[] =>
  fb.findPostElements(document).map((el) => ({ el, found: fb.readPost(el, user)! })).filter((r) => r.found);

/**
 * Users that are, and are not, the authors on the page: each author's id (vanity or numeric, and in
 * capitals), profile URL only, name only, a numeric id with the name (a vanity author is then told by
 * name), a vanity with the name (same for numeric authors), both shapes (the name never decides).
 */
function usersFor(): (CurrentUser | null)[] {
  const users: (CurrentUser | null)[] = [
    null, { id: null, profileUrl: null, name: null }, { id: 'dana"]\\', profileUrl: null, name: 'Dana  Whitfield ' },
    { id: 'dana.whitfield', profileUrl: `${FB}/dana.whitfield`, name: 'Dana Whitfield' },
    { id: '100001234567', profileUrl: `${FB}/profile.php?id=100001234567`, name: 'Dana Whitfield' },
  ];
  for (const { found } of read(null)) {
    const profile = found.data.handle ? parseProfileUrl(found.data.handle) : null;
    const name = found.data.author;
    if (profile) {
      const numeric = /^\d+$/.test(profile.id);
      users.push(
        { id: profile.id, profileUrl: null, name: null },
        { id: profile.id.toUpperCase(), profileUrl: null, name: null },
        { id: null, profileUrl: profile.url, name: null },
        { id: numeric ? 'some.vanity' : '100009999999', profileUrl: null, name },
        { id: '100009999999', profileUrl: `${FB}/some.vanity`, name },
      );
    }
    if (name) users.push({ id: null, profileUrl: null, name });
  }
  return users;
}

describe.each(CASES)('%s', (_, name, url, mutate) => {
  beforeEach(() => {
    load(name, url);
    mutate();
  });

  it('readTextRoots gives exactly the text roots of readPost, for every post and comment', () => {
    const found = read(null);
    expect(found.length).toBeGreaterThan(3);
    for (const { el, found: f } of found) expectSame(fb.readTextRoots!(el), f.textRoots);
  });

  it('readTextRoots agrees with readPost on any element readPost can read, and says null only for unreadable ones', () => {
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const f = fb.readPost(el, null);
      const roots = fb.readTextRoots!(el);
      if (f) expectSame(roots, f.textRoots);
      if (roots === null) expect(f).toBeNull();
    }
  });

  it('mayBeOwn is true for every own post and comment, and (here) for no other', () => {
    let own = 0;
    for (const user of usersFor()) {
      for (const { el, found } of read(user)) {
        const maybe = fb.mayBeOwn!(el, user);
        if (found.data.isOwn) own += 1;
        expect({ user, postId: found.data.postId, maybe }).toEqual({ user, postId: found.data.postId, maybe: found.data.isOwn });
      }
    }
    expect(own).toBeGreaterThan(0);
  });
});

describe('fast path details', () => {
  it('a wrapper superseded by a declared root reads as null on both paths', () => {
    load('feed-modern.html');
    const units = [...document.querySelectorAll<HTMLElement>('div[role="feed"] > div')];
    const shell = units.at(-1)!;
    expect(fb.readTextRoots!(shell)).toEqual([]); // an empty shell: a container without text yet
    shell.querySelector('[data-virtualized]')!.replaceChildren(units[3]!.querySelector('[aria-posinset]')!.cloneNode(true));
    expect(fb.readPost(shell, null)).toBeNull();
    expect(fb.readTextRoots!(shell)).toBeNull();
  });

  it('the name decides only when the ids cannot: a name-only user, a numeric id against a vanity author', () => {
    load('post.html', `${FB}/karen.holt.5/posts/x`);
    const dana = (user: CurrentUser): HTMLElement[] => read(user).filter(({ found }) => found.data.isOwn).map(({ el }) => el);
    for (const user of [{ id: null, profileUrl: null, name: 'Dana Whitfield' }, { id: '100001234567', profileUrl: null, name: 'Dana Whitfield' }]) {
      const own = dana(user);
      expect(own).toHaveLength(1);
      expect(fb.mayBeOwn!(own[0]!, user)).toBe(true);
    }
    const both = { id: '100001234567', profileUrl: `${FB}/someone.else`, name: 'Dana Whitfield' };
    expect(dana(both)).toHaveLength(0);
    expect(read(both).some(({ el }) => fb.mayBeOwn!(el, both))).toBe(false);
  });

  it('a comment block holding a link named like the author stays out of its text (the read that needs the name)', () => {
    load('post.html', `${FB}/karen.holt.5/posts/x`);
    const [first, second] = [...document.querySelectorAll<HTMLElement>(COMMENT)];
    for (const [c, text] of [[first!, 'Someone Else'], [second!, 'Tom Becker']] as const) {
      const mention = document.createElement('a');
      mention.setAttribute('href', `${FB}/someone`);
      mention.textContent = text;
      c.querySelector('div[dir="auto"]')!.append(' ', mention);
    }
    expect(fb.readPost(first!, null)!.textRoots).toHaveLength(1);
    expect(fb.readPost(second!, null)!.textRoots).toHaveLength(0); // Tom Becker's own comment: the block with his name link goes
    expectSame(fb.readTextRoots!(second!), []);
  });

  it.each([
    ['an image alt', '<img alt="Dana" src="data:,"> Whitfield'],
    ['letters in CSS order', '<span style="display: flex"><span style="order: 2">field</span><span style="order: 1">Dana Whit</span></span>'],
  ])('finds the own post when the author link shows the name through %s', (_, inner) => {
    document.body.innerHTML = `<div role="feed"><div><div aria-posinset="1">
      <div data-ad-rendering-role="profile_name"><h4><a href="${FB}/profile.php?id=100001234567">${inner}</a></h4></div>
      <a href="${FB}/dana/posts/77">1h</a><div data-ad-rendering-role="story_message"><div dir="auto">Hello</div></div></div></div></div>`; // test markup
    const post = fb.findPostElements(document)[0]!;
    const user = { id: 'dana.whitfield', profileUrl: null, name: 'Dana Whitfield' }; // a vanity: the numeric author is told by name
    expect(fb.readPost(post, user)?.data).toMatchObject({ author: 'Dana Whitfield', isOwn: true });
    expect(fb.mayBeOwn!(post, user)).toBe(true);
  });

  it.each([['data-ad-rendering-role="story_message"'], ['data-ad-preview="message"']])('a %s inside a comment is never the post\'s text', (attr) => {
    document.body.innerHTML = `<div role="feed"><div><div aria-posinset="1"><h4><a href="${FB}/rita">Rita</a></h4><a href="${FB}/rita/posts/55">1h</a>
      <div dir="auto" style="text-align: start;">Post words</div>
      <div role="article" aria-label="Comment by Sam Lee 1 hour ago"><a href="${FB}/sam.lee"><span>Sam Lee</span></a>
        <div ${attr}><div dir="auto">Shared inside a comment</div></div></div></div></div></div>`; // test markup
    const post = fb.findPostElements(document)[0]!;
    const roots = fb.readPost(post, null)!.textRoots;
    expect(roots.map((r) => r.textContent)).toEqual(['Post words']);
    expectSame(fb.readTextRoots!(post), roots);
  });

  it('never throws, whatever it is given', () => {
    const evil = { matches: () => { throw new Error('boom'); }, closest: () => { throw new Error('boom'); } } as unknown as HTMLElement;
    expect(fb.readTextRoots!(evil)).toBeNull();
    expect(fb.mayBeOwn!(evil, { id: 'x', profileUrl: null, name: null })).toBe(true); // unsure: the full read decides
    expect(fb.mayBeOwn!(document.createElement('div'), null)).toBe(false);
  });

  it('a document scan returns what the scans of each added unit return, in the same order', () => {
    load('feed-modern.html');
    appended();
    const hooks = (window as unknown as { __fixture: { appendPost(o?: object): HTMLElement } }).__fixture;
    for (let i = 0; i < 40; i++) hooks.appendPost({ id: `pfbid0Many${i}`, author: `User ${i}`, vanity: `user.${i}` });
    const units = [...document.querySelectorAll<HTMLElement>('div[role="feed"] > *')];
    const scan = fb.findPostElements(document);
    expect(scan.length).toBeGreaterThan(50);
    expectSame(scan, units.flatMap((u) => fb.findPostElements(u)));
  });

  it('the letter pre-checks never rule out a label or a name', () => {
    for (const label of SPONSORED_LABELS) {
      const shuffled = [...label.toUpperCase()].reverse().join('');
      expect(mayHaveLetters(`x${shuffled}9`, SPONSORED_LABELS)).toBe(true);
      expect(isSponsoredLetters(label.length >= 6 ? shuffled : label, SPONSORED_LABELS)).toBe(true);
    }
    expect(mayHaveLetters('Like · Reply · 3h', SPONSORED_LABELS)).toBe(false);
    expect(isSubsequence('DanaWhitfield', 'Dana 83920175Whit\u200bfield')).toBe(true);
    expect(isSubsequence('DanaWhitfield', 'Dana Whitfeld')).toBe(false);
  });
});
