/**
 * The adapter against saved Facebook pages (tests/fixtures/sites/facebook): one table row per
 * post/comment. `role` and `terms` document what the watchlist (brand "Northwind Coffee" excluding
 * "Northwind Coffee Table", "@NorthwindCoffee", "#northwind", competitor "Southbay Roasters")
 * should make of each row; the adapter's part is the data that decides it (isOwn, isPromoted, text).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../../dom/extract-text';
import type { MentionRole, PostData } from '../../model/types';
import type { CurrentUser, FoundPost } from '../types';
import { facebookAdapter as fb } from './adapter';
import { COMMENT } from './selectors';

const FB = 'https://www.facebook.com';

function load(name: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const file = resolve(process.cwd(), 'tests/fixtures/sites/facebook', name); // vitest runs from the repo root
  const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

function readAll(user: CurrentUser | null): FoundPost[] {
  return fb.findPostElements(document).map((el) => fb.readPost(el, user)).filter((f): f is FoundPost => f !== null);
}

const textOf = (f: FoundPost): string => extractText(f.textRoots, { skip: fb.textSkip }).text;

type Row = Partial<PostData> & { postId: string; role: MentionRole; terms: string[]; text: string };

function checkRows(found: FoundPost[], rows: Row[]): void {
  expect(found.map((f) => f.data.postId)).toEqual(rows.map((r) => r.postId));
  rows.forEach(({ role, terms, text, ...data }, i) => {
    const f = found[i]!;
    expect(f.data).toMatchObject({ site: 'facebook', isOwn: role === 'own', isPromoted: role === 'promoted', ...data });
    expect(textOf(f)).toBe(text);
    for (const t of terms) expect(textOf(f).replace(/\u200b/g, '').replace(/☕/g, ' ').toLowerCase()).toContain(t.toLowerCase().replace('@', ''));
    expect(f.chipHost).toBe(f.element);
    if (f.data.isComment) expect(f.element.matches(COMMENT)).toBe(true);
  });
}

const P1 = 'pfbid0Yk7Qw3JmN8sTbR2vXc5LhGp9aDfE4uZ1oKiWnPq6rMxHyBtVeSgA2Cz1l';
const P1_URL = `${FB}/permalink.php?story_fbid=${P1}&id=100004521879`;
const P2 = 'pfbid02Ab3kXr9mQ1uVjT7sLwYz8nHcPd4eFgRhKiJbNoMqUvWxSt5lc';

const MODERN: Row[] = [
  { postId: P1, url: P1_URL, author: 'Liam Carter', handle: `${FB}/profile.php?id=100004521879`, isComment: false, role: 'mention', terms: ['Northwind Coffee'],
    engagement: { likes: 128, comments: 12, reposts: 3 }, text: 'Ordered from Northwind Coffee two weeks ago and it NEVER ARRIVED. This is a scam!!!' },
  { postId: `${P1}_c1122334455667788`, url: `${P1_URL}&comment_id=1122334455667788`, author: 'Marta Ruiz', handle: `${FB}/marta.ruiz.9`, isComment: true,
    parentPostId: P1, role: 'none', terms: [], text: 'Same here, still waiting on my refund since March.' },
  { postId: `${P1}_c2233445566778899`, url: `${P1_URL}&comment_id=1122334455667788&reply_comment_id=2233445566778899`, author: 'Owen Price', isComment: true,
    parentPostId: P1, role: 'mention', terms: ['Northwind Coffee'], text: 'Northwind Coffee support answered me within a day, try messaging them.' },
  { postId: P2, url: `${FB}/priya.nair/posts/${P2}`, author: 'Priya Nair', handle: `${FB}/priya.nair`, role: 'mention', terms: ['Northwind Coffee'],
    engagement: { likes: 9, comments: 1 }, text: 'Does anyone know if Northwind Coffee ships to Canada? Thinking of ordering the holiday blend ☕' },
  { postId: `${P2}_c3344556677889900`, url: `${FB}/priya.nair/posts/${P2}?comment_id=3344556677889900`, author: 'Dana Whitfield', isComment: true, parentPostId: P2,
    role: 'own', terms: ['Northwind Coffee'], text: 'Yes! Northwind Coffee ships to Canada, usually within 5–7 days.' },
  { postId: 'pfbid0Jb5nV8cXq2WmR7tLk4HsDf9gYpE3aZ1uKoNiBvTrQ6wMxPyCh2Se7l', author: 'Jonah Brooks', truncated: true, role: 'mention',
    terms: ['Northwind Coffee', '#northwind'], engagement: { likes: 1200, comments: 45, reposts: 8 },
    text: 'Morning ritual: Northwind Coffee Ethiopia roast ☕ and honestly Northwind☕Coffee never disappoints #northwind\nThe barista even remembered my order from last week and threw in a pastry, which is the kind of thing that makes a neighbourhood café feel like home…' },
  { postId: 'pfbid02CdQ7wErT5yUi9oPa3sDf6gHj1kLz8xCv4bNm2QwErTyUiOpAs3l', author: 'Ava Kim', role: 'competitor', terms: ['Southbay Roasters'],
    text: 'Southbay Roasters just opened a new shop downtown and the espresso is great.' },
  { postId: '1234567890123456', url: `${FB}/ben.ortiz/posts/1234567890123456`, author: 'Ben Ortiz', role: 'none', terms: ['Northwind Coffee Table'],
    text: 'Just finished building my Northwind Coffee Table from the DIY kit, looks amazing in the living room.' },
  { postId: 'pfbid0DnW8hTf3kQ2mRz7vLp4sXc9bYg1uJaE5oKiNqHwVtM6rPdS', author: 'Dana Whitfield', handle: `${FB}/dana.whitfield`, role: 'own', terms: ['Northwind Coffee'],
    engagement: { likes: 2345, comments: 67, reposts: 21 }, text: 'Proud of the Northwind Coffee team for shipping the new holiday blend today!' },
  { postId: 'h:d8eb859e', url: null, author: 'Northwind Coffee', handle: `${FB}/NorthwindCoffee`, role: 'promoted', terms: ['Northwind Coffee'],
    text: 'Try the Northwind Coffee winter sampler: 20% off this week only.' },
  { postId: 'pfbid0ChM4rT7yU1iO9pA3sD6fG2hJ5kL8zX0cV4bN7mQwE', url: `${FB}/story.php?story_fbid=pfbid0ChM4rT7yU1iO9pA3sD6fG2hJ5kL8zX0cV4bN7mQwE&id=100023456789`,
    author: 'Chloe Martin', role: 'none', terms: [], text: 'Anyone up for a hike at Mount Tam this weekend? Bring snacks.' },
  { postId: 'pfbid0YsH5dD2aQ8wE3rT6yU9iO1pA4sD7fG0hJ2kL5zX8cV1bN', author: 'Yusuf Haddad', role: 'mention', terms: ['Northwind Coffee'], text: 'طلبت من Northwind Coffee والطلب وصل متأخر جدا' },
  { postId: 'pfbid0GrL3iU6yT9rE2wQ5aS8dF1gH4jK7lZ0xC3vB6nM9qW', author: 'Grace Liu', role: 'mention', terms: ['Northwind Coffee'],
    text: 'Is this Northwind Coffee promo legit? The page just showed <script>alert(1)</script> to me.' },
  { postId: '987654321012345', url: `${FB}/photo/?fbid=987654321012345`, author: 'Marco Bellini', role: 'mention', terms: ['Northwind Coffee'],
    text: 'North\u200bwind Coffee is the best espresso I have had all year.' },
  { postId: '1456789012345678', url: `${FB}/groups/northwindfans/posts/1456789012345678/`, author: 'Eli Turner', handle: `${FB}/profile.php?id=100007654321`,
    role: 'mention', terms: ['Northwind Coffee'], text: 'Which Northwind Coffee grinder setting do you all use for pour-over?' },
];

describe('feed-modern.html (home feed, no role=article on posts)', () => {
  beforeEach(() => load('feed-modern.html', `${FB}/`));

  it('reads the logged-in user from the left rail and the "Comment as" composer', () => {
    expect(fb.readCurrentUser(document)).toEqual({ id: 'dana.whitfield', profileUrl: `${FB}/dana.whitfield`, name: 'Dana Whitfield' });
  });

  it('reads every post and comment in document order', () => {
    checkRows(readAll(fb.readCurrentUser(document)), MODERN);
  });

  it('marks the posinset unit for posts; never a comment as a post, nothing twice', () => {
    const els = fb.findPostElements(document);
    expect(new Set(els).size).toBe(els.length);
    const posts = els.filter((el) => !el.matches(COMMENT));
    expect(posts.slice(0, 12).every((el) => el.hasAttribute('aria-posinset'))).toBe(true);
    expect(posts.at(-1)!.querySelector('[data-virtualized="true"]')).not.toBeNull(); // empty shell: found, unreadable
    expect(fb.readPost(posts.at(-1)!, null)).toBeNull();
    for (const p of posts) expect(posts.some((o) => o !== p && o.contains(p))).toBe(false);
    const ids = readAll(null).map((f) => f.data.postId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets comment words into the post text', () => {
    const found = readAll(null);
    for (const post of found.filter((f) => !f.data.isComment)) {
      for (const c of found.filter((f) => f.data.isComment && post.element.contains(f.element))) {
        expect(textOf(post)).not.toContain(textOf(c));
      }
    }
  });

  it('gives the same container when scanning an added subtree', () => {
    const first = fb.findPostElements(document)[0]!;
    const feedChild = first.closest('div[role="feed"] > div')!;
    expect(fb.findPostElements(feedChild)[0]).toBe(first);
    expect(fb.findPostElements(first)[0]).toBe(first);
    const comments = fb.findPostElements(first).filter((el) => el.matches(COMMENT));
    expect(comments).toHaveLength(2);
  });

  it('without the composer name, the avatar+name link of the left rail identifies the user', () => {
    document.querySelectorAll('[aria-label^="Comment as "]').forEach((el) => el.removeAttribute('aria-label'));
    expect(fb.readCurrentUser(document)).toEqual({ id: 'dana.whitfield', profileUrl: `${FB}/dana.whitfield`, name: 'Dana Whitfield' });
  });
});

describe('feed-article.html (group feed, older role=article layout)', () => {
  const G = `${FB}/groups/301234567890123/posts`;
  const A1 = '3141592653589793';
  const ROWS: Row[] = [
    { postId: A1, url: `${G}/${A1}/`, author: 'Rita Gomez', handle: `${FB}/profile.php?id=100009876543`, role: 'mention', terms: ['Northwind Coffee'],
      engagement: { likes: 56, comments: 18 }, text: 'Has anyone else had their Northwind Coffee subscription charged twice this month? I need a refund ASAP.' },
    { postId: `${A1}_c3141592653589800`, url: `${G}/${A1}/?comment_id=3141592653589800`, author: 'Sam Lee', isComment: true, parentPostId: A1, role: 'none', terms: [],
      text: 'Yes, same here. Call their support line, it is faster.' },
    { postId: `${A1}_c3141592653589811`, url: `${G}/${A1}/?comment_id=3141592653589800&reply_comment_id=3141592653589811`, author: 'Nora Quinn', isComment: true,
      parentPostId: A1, role: 'mention', terms: ['Northwind Coffee'], text: 'Northwind Coffee refunded me after I emailed them twice.' },
    { postId: '2718281828459045', url: `${G}/2718281828459045/`, author: 'Victor Hale', role: 'competitor', terms: ['Southbay Roasters'], text: 'Switched to Southbay Roasters last month, no regrets.' },
    { postId: '1618033988749894', author: 'Dana Whitfield', handle: `${FB}/profile.php?id=100001234567`, role: 'own', terms: ['Northwind Coffee'],
      text: "Hi all, Dana from Northwind Coffee here. We're fixing the double-charge bug today; refunds go out by Friday." },
    { postId: '1414213562373095', author: 'Hannah Wu', role: 'mention', terms: ['#northwind'], text: 'Latte art practice today, proud of this one ☕ #northwind' },
    { postId: '1732050807568877', author: 'Oscar Diaz', role: 'mention', terms: ['Northwind Coffee', 'Southbay Roasters'],
      text: 'Southbay Roasters vs Northwind Coffee: which one has the better decaf?' },
    { postId: '246813579024680', url: `${FB}/photo/?fbid=246813579024680`, author: 'Ivy Chen', role: 'none', terms: [], text: 'Meetup moved to Saturday at 10am, same café as last time.' },
  ];

  beforeEach(() => load('feed-article.html', `${FB}/groups/301234567890123/`));
  afterEach(() => {
    document.cookie = 'c_user=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('takes the numeric id from the c_user cookie when the page shows no profile link', () => {
    document.cookie = 'c_user=100001234567; path=/';
    const user = fb.readCurrentUser(document)!;
    expect(user).toEqual({ id: '100001234567', profileUrl: `${FB}/profile.php?id=100001234567`, name: 'Dana Whitfield' });
    checkRows(readAll(user), ROWS);
  });

  it('treats role=article posts as posts and "Comment by"/"Reply by" articles as comments', () => {
    const els = fb.findPostElements(document);
    expect(els.filter((el) => !el.matches(COMMENT)).every((el) => el.getAttribute('role') === 'article')).toBe(true);
    expect(els.filter((el) => el.matches(COMMENT))).toHaveLength(2);
  });

  it('without cookie or profile link, own posts are recognised by the composer name', () => {
    const user = fb.readCurrentUser(document);
    expect(user).toEqual({ id: null, profileUrl: null, name: 'Dana Whitfield' });
    expect(readAll(user).filter((f) => f.data.isOwn).map((f) => f.data.postId)).toEqual(['1618033988749894']);
  });
});

describe('post.html (permalink page, unit found by climbing from "Actions for this post")', () => {
  const K = 'pfbid0KhT2mQ9wE4rT7yU1iO5pA8sD3fG6hJ9kL2zX5cV8bN1mQwErTy';
  const KU = `${FB}/karen.holt.5/posts/${K}`;
  const c = (id: string, author: string, role: MentionRole, text: string, terms: string[] = []): Row => ({
    postId: `${K}_c${id}`, url: `${KU}?comment_id=${id}`, author, isComment: true, parentPostId: K, role, terms, text,
  });
  const ROWS: Row[] = [
    { postId: K, url: KU, author: 'Karen Holt', handle: `${FB}/karen.holt.5`, isComment: false, role: 'mention', terms: ['Northwind Coffee'],
      engagement: { likes: 37, comments: 9, reposts: 1 }, text: "Northwind Coffee my grinder arrived broken and support hasn't replied in 5 days. I want a refund." },
    { ...c('5550001', 'Northwind Coffee', 'none', "Hi Karen, we're so sorry about this! Please send us a DM with your order number so we can make it right."), handle: `${FB}/NorthwindCoffee` },
    c('5550002', 'Tom Becker', 'mention', 'Had the same issue with Northwind Coffee last year, they did refund eventually.', ['Northwind Coffee']),
    { ...c('5550003', 'Karen Holt', 'none', 'Thanks Tom, good to know.'), url: `${KU}?comment_id=5550002&reply_comment_id=5550003` },
    c('5550004', 'Dana Whitfield', 'own', "Karen, I've escalated this to our support lead at Northwind Coffee. You'll hear from us today.", ['Northwind Coffee']),
    { ...c('5550005', 'Lena Fischer', 'competitor', 'Southbay Roasters replaced mine in two days.', ['Southbay Roasters']), handle: `${FB}/profile.php?id=100011122233` },
    { ...c('5550006', 'Rob Allen', 'mention', 'Honestly the @NorthwindCoffee grinder is great when it works, but quality control has slipped a lot this year and…', ['@NorthwindCoffee']), truncated: true },
  ];

  beforeEach(() => load('post.html', KU));

  it('reads the post and each comment, replies included', () => {
    checkRows(readAll(fb.readCurrentUser(document)), ROWS);
  });

  it('knows the own comment by id when the user profile is known', () => {
    const user = { id: 'dana.whitfield', profileUrl: `${FB}/dana.whitfield`, name: null };
    expect(readAll(user).filter((f) => f.data.isOwn).map((f) => f.data.author)).toEqual(['Dana Whitfield']);
    // A different user with the same display name but a known vanity is not taken for Dana.
    expect(readAll({ id: 'someone.else', profileUrl: null, name: 'Dana Whitfield' }).some((f) => f.data.isOwn)).toBe(false);
  });
});
