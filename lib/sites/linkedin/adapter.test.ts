import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MentionRole, Term } from '../../model/types';
import { extractText } from '../../dom/extract-text';
import { compileWatchlist } from '../../matching';
import type { CurrentUser } from '../types';
import { linkedinAdapter as A } from './adapter';

const IN = (slug: string): string => `https://www.linkedin.com/in/${slug}/`;
const FEED = 'https://www.linkedin.com/feed/';
const DETAIL_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7529822397037167628/';

function load(name: string, url = FEED): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(resolve(process.cwd(), `tests/fixtures/sites/linkedin/${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const textOf = (el: HTMLElement, user: CurrentUser | null = null): string => {
  const found = A.readPost(el, user);
  return found ? norm(extractText(found.textRoots, { skip: A.textSkip }).text) : '';
};

interface Expect { author: string; handle: string; role: MentionRole; terms: string[]; text: string; likes?: number; views?: number; truncated?: boolean }
/**
 * Fixture inventory, shared by both feed generations (same content, different URNs).
 * role = what the watchlist of product.md §8 should make of it.
 */
const CONTENT: Record<string, Expect> = {
  complaint: { author: 'Marcus Chen', handle: IN('marcus-chen-ops'), role: 'mention', terms: ['Northwind Coffee', '@NorthwindCoffee', '#northwind'], likes: 1024,
    text: "Third time my Northwind Coffee subscription was charged twice. Cancelling if this isn't fixed. @NorthwindCoffee #northwind" },
  c1: { author: 'Priya Nair', handle: IN('priya-nair'), role: 'mention', terms: ['Northwind Coffee'],
    text: 'Same thing happened to me with Northwind Coffee last month. Charged twice and still waiting on the refund.' },
  c2: { author: 'Tom Becker', handle: IN('tom-becker-83a1b2'), role: 'none', terms: [],
    text: 'Have you tried disputing it with your bank? Took me a week but it worked.' },
  question: { author: 'Aisha Rahman', handle: IN('aisha-rahman'), role: 'mention', terms: ['Northwind Coffee'],
    text: 'Does anyone know if Northwind Coffee ☕ delivers to offices in Leeds? Looking for a supplier for our team of 40.' },
  praise: { author: 'Leo Martins', handle: IN('leomartins'), role: 'mention', terms: ['Northwind Coffee', '#northwind'], likes: 1200,
    text: 'Huge thanks to Northwind Coffee for fuelling our meetup last night 🙌 𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱 𝗖𝗼𝗳𝗳𝗲𝗲 makes the best flat white in town, no contest. #northwind' },
  competitor: { author: 'Grace Kim', handle: IN('gracekim'), role: 'competitor', terms: ['Southbay Roasters'],
    text: 'We switched the office to Southbay Roasters this quarter. Great beans, friendly team, and deliveries are always on time.' },
  exclusion: { author: 'Henrik Dahl', handle: IN('henrik-dahl'), role: 'none', terms: [],
    text: 'Finally finished restoring the Northwind Coffee Table my grandfather built in 1968. Solid oak, new finish, same scratches.' },
  own: { author: 'Dana Whitfield', handle: IN('dana-whitfield'), role: 'own', terms: ['Northwind Coffee', '#northwind'], views: 1204,
    text: 'We just opened our third Northwind Coffee roastery, in Bristol! Come say hi this weekend. #northwind' },
  promoted: { author: 'Northwind Coffee', handle: 'https://www.linkedin.com/company/northwind-coffee/', role: 'promoted', terms: ['Northwind Coffee'],
    text: 'Meet the new Northwind Coffee winter blend: dark chocolate, orange peel, a little smoke. 20% off your first subscription.' },
  repost: { author: 'Samir Haddad', handle: IN('samir-haddad'), role: 'mention', terms: ['Northwind Coffee'],
    text: 'Northwind Coffee is hiring baristas and roasters in Manchester. Great team, real training, fair pay. DM me for a referral!' },
  truncated: { author: 'Elena Rossi', handle: IN('elena-rossi-cx'), role: 'mention', terms: ['Northwind Coffee'], truncated: true,
    text: 'Five things coffee shops taught me about customer service. 1. Remember names. 2. Answer fast: Northwind Coffee replied to my email within an hour.' },
  rtl: { author: 'נועה לוי', handle: IN('noa-levi'), role: 'mention', terms: ['Northwind Coffee'],
    text: 'הזמנתי היום מ-Northwind Coffee והמשלוח הגיע תוך שעה. שירות מעולה!' },
  xss: { author: 'Ben Okafor', handle: IN('ben-okafor'), role: 'mention', terms: ['Northwind Coffee'],
    text: "Northwind Coffee's order page shows <img src=x onerror=alert(1)> instead of my receipt. Anyone else seeing this?" },
  unrelated: { author: 'Chloe Dubois', handle: IN('chloe-dubois'), role: 'none', terms: [],
    text: "I'm happy to share that I'm starting a new position as Senior Engineer at Acme Corp!" },
  // "Priya Nair commented on this" banner: the author is Owen, never the banner's person.
  social: { author: 'Owen Price', handle: IN('owen-price'), role: 'none', terms: [],
    text: 'Scaling a support team from 3 to 30 people: what worked, what did not, and what I would do again.' },
  // Reshare with own words: judged by its own text; the inner post (which names the brand) is not its text.
  reshare: { author: 'Omar Farouk', handle: IN('omar-farouk'), role: 'none', terms: [], text: 'Worth a read for anyone working on packaging.' },
  detail: { author: 'Hannah Lee', handle: IN('hannah-lee-design'), role: 'mention', terms: ['Northwind Coffee', '@NorthwindCoffee'],
    text: "Has anyone else's Northwind Coffee order never arrived? Ordered three weeks ago, no tracking number and no reply from support. @NorthwindCoffee" },
  d1: { author: 'Ravi Patel', handle: IN('ravi-patel'), role: 'mention', terms: ['Northwind Coffee'],
    text: 'Same here. My Northwind Coffee order never arrived either. Three emails, zero replies.' },
  d1r1: { author: 'Dana Whitfield', handle: IN('dana-whitfield'), role: 'own', terms: [],
    text: "Ravi, I'm so sorry. Please DM me your order number and I'll personally chase it today." },
  // Keyed by the ugcPost URN: parentPostId must still be the page's activity URN.
  d2: { author: 'Kate Morgan', handle: IN('kate-morgan'), role: 'competitor', terms: ['Southbay Roasters'], text: 'Southbay Roasters shipped mine in two days, for what it is worth.' },
  d3: { author: 'Luis Ortega', handle: IN('luis-ortega'), role: 'none', terms: [], text: 'Following. Same problem here in Madrid 😕' },
};

/** [content key, postId, postedAt decoded independently from the id, parentPostId for comments] in document order. */
type Row = [string, string, string, string?];
const FIXTURES: Record<string, { url: string; rows: Row[] }> = {
  'feed-v2': { url: FEED, rows: [
    ['complaint', 'urn:li:activity:7529459884213272598', '2026-11-20T08:25:26.996Z'],
    ['c1', 'urn:li:comment:(urn:li:activity:7529459884213272598,7529478965753352723)', '2026-11-20T09:41:16.390Z', 'urn:li:activity:7529459884213272598'],
    ['c2', 'urn:li:comment:(urn:li:activity:7529459884213272598,7529494061217026578)', '2026-11-20T10:41:15.429Z', 'urn:li:activity:7529459884213272598'],
    ['question', 'urn:li:activity:7529432758797301723', '2026-11-20T06:37:39.793Z'],
    ['praise', 'urn:li:activity:7529148643482425153', '2026-11-19T11:48:41.423Z'],
    ['competitor', 'urn:li:activity:7529413653252070769', '2026-11-20T05:21:44.676Z'],
    ['exclusion', 'urn:li:activity:7528779600281551723', '2026-11-18T11:22:14.667Z'],
    ['own', 'urn:li:activity:7529450856834418227', '2026-11-20T07:49:34.701Z'],
    ['promoted', 'urn:li:activity:7525883492159750809', '2026-11-10T11:34:08.684Z'],
    ['repost', 'urn:li:activity:7529381689881653110', '2026-11-20T03:14:44.014Z'],
    ['truncated', 'urn:li:activity:7529330143445034363', '2026-11-19T23:49:54.386Z'],
    ['rtl', 'urn:li:activity:7529119556063736791', '2026-11-19T09:53:06.442Z'],
    ['xss', 'urn:li:activity:7529483025862629733', '2026-11-20T09:57:24.395Z'],
    ['unrelated', 'urn:li:activity:7529399325025985999', '2026-11-20T04:24:48.560Z'],
    ['social', 'urn:li:activity:7528421060568228176', '2026-11-17T11:37:32.138Z'],
    ['reshare', 'urn:li:activity:7529370128519818793', '2026-11-20T02:28:47.571Z'],
  ] },
  'feed-v1': { url: FEED, rows: [
    ['complaint', 'urn:li:activity:7529106072937656617', '2026-11-19T08:59:31.814Z'],
    ['c1', 'urn:li:comment:(urn:li:activity:7529106072937656617,7529120610786549328)', '2026-11-19T09:57:17.908Z', 'urn:li:activity:7529106072937656617'],
    ['c2', 'urn:li:comment:(urn:li:activity:7529106072937656617,7529135706250223187)', '2026-11-19T10:57:16.947Z', 'urn:li:activity:7529106072937656617'],
    ['question', 'urn:li:activity:7529073614457595608', '2026-11-19T06:50:33.110Z'],
    ['praise', 'urn:li:activity:7528786338554415630', '2026-11-18T11:49:01.197Z'],
    ['competitor', 'urn:li:activity:7529056786519002046', '2026-11-19T05:43:41.016Z'],
    ['exclusion', 'urn:li:activity:7528425788991320074', '2026-11-17T11:56:19.482Z'],
    ['own', 'urn:li:activity:7529087592627810962', '2026-11-19T07:46:05.765Z'],
    ['promoted', 'urn:li:activity:7525515971795940774', '2026-11-09T11:13:45.001Z'],
    ['repost', 'urn:li:activity:7529019389159350839', '2026-11-19T03:15:04.791Z'],
    ['truncated', 'urn:li:activity:7528959542368342554', '2026-11-18T23:17:16.204Z'],
    ['rtl', 'urn:li:activity:7528756291857133494', '2026-11-18T09:49:37.506Z'],
    ['xss', 'urn:li:activity:7529119761668609476', '2026-11-19T09:53:55.462Z'],
    ['unrelated', 'urn:li:activity:7529041306861425390', '2026-11-19T04:42:10.378Z'],
    ['social', 'urn:li:activity:7528054552945452049', '2026-11-16T11:21:09.912Z'],
    ['reshare', 'urn:li:activity:7529005945670505224', '2026-11-19T02:21:39.613Z'],
  ] },
  'post-v2': { url: DETAIL_URL, rows: [
    ['detail', 'urn:li:activity:7529822397037167628', '2026-11-21T08:25:56.788Z'],
    ['d1', 'urn:li:comment:(urn:li:activity:7529822397037167628,7529883869835098632)', '2026-11-21T12:30:13.045Z', 'urn:li:activity:7529822397037167628'],
    ['d1r1', 'urn:li:comment:(urn:li:activity:7529822397037167628,7530154580443140297)', '2026-11-22T06:25:55.484Z', 'urn:li:activity:7529822397037167628'],
    ['d2', 'urn:li:comment:(urn:li:ugcPost:7529825098379362521,7529914064793172491)', '2026-11-21T14:30:12.084Z', 'urn:li:activity:7529822397037167628'],
    ['d3', 'urn:li:comment:(urn:li:activity:7529822397037167628,7530110354189646346)', '2026-11-22T03:30:11.123Z', 'urn:li:activity:7529822397037167628'],
  ] },
};
/** The watchlist of product.md §8: checks that each fixture row really plays the role the inventory claims. */
const WATCHLIST = compileWatchlist(([
  ['Northwind Coffee', 'brand', ['Northwind Coffee Table']], ['@NorthwindCoffee', 'handle', []],
  ['#northwind', 'hashtag', []], ['Southbay Roasters', 'competitor', []],
] as const).map(([text, kind, exclude], i): Term => ({ id: `t${i}`, text, kind, exclude: [...exclude] })));
function roleOf(text: string, isOwn: boolean, isPromoted: boolean): { role: MentionRole; terms: string[] } {
  const hits = WATCHLIST.match(text);
  const terms = [...new Set(hits.map((h) => h.termText))].sort();
  if (isOwn) return { role: 'own', terms };
  if (isPromoted) return { role: 'promoted', terms };
  return { role: hits.length === 0 ? 'none' : hits.every((h) => h.kind === 'competitor') ? 'competitor' : 'mention', terms };
}
const DANA: CurrentUser = { id: 'dana-whitfield', profileUrl: IN('dana-whitfield'), name: 'Dana Whitfield' };
const readAll = (doc: Document, user: CurrentUser | null = DANA) =>
  A.findPostElements(doc).map((el) => ({ el, found: A.readPost(el, user) }));

describe.each(Object.entries(FIXTURES))('%s', (name, { url, rows }) => {
  it('finds every post and comment once, in document order', () => {
    const ids = readAll(load(name, url)).map(({ found }) => found?.data.postId);
    expect(ids).toEqual(rows.map((r) => r[1]));
  });

  it.each(rows)('%s', (key, postId, postedAt, parent) => {
    const doc = load(name, url);
    const el = A.findPostElements(doc).find((e) => A.readPost(e, DANA)?.data.postId === postId)!;
    const found = A.readPost(el, DANA)!;
    const want = CONTENT[key]!;
    const isComment = parent !== undefined;
    const activity = isComment ? parent : postId;
    expect(found.element).toBe(el);
    expect(found.chipHost).toBe(el);
    expect(found.data).toMatchObject({
      site: 'linkedin', postId, postedAt, author: want.author, handle: want.handle, isComment,
      parentPostId: parent ?? null, isOwn: want.role === 'own', isPromoted: want.role === 'promoted', truncated: !!want.truncated,
      url: isComment
        ? `https://www.linkedin.com/feed/update/${activity}/?commentUrn=${encodeURIComponent(postId).replace(/\(/g, '%28').replace(/\)/g, '%29')}`
        : `https://www.linkedin.com/feed/update/${postId}/`,
    });
    const text = textOf(el);
    expect(text).toBe(want.text);
    expect(text).not.toMatch(/hashtag#|…\s?more|see more/i);
    expect(roleOf(text, found.data.isOwn, found.data.isPromoted)).toEqual({ role: want.role, terms: [...want.terms].sort() });
    if (want.likes) expect(found.data.engagement?.likes).toBe(want.likes);
    if (want.views) expect(found.data.engagement?.views).toBe(want.views);
    if (!want.views) expect(found.data.engagement?.views).toBeUndefined();
  });

  it('never returns a post inside another post, nor a comment as a post', () => {
    const all = readAll(load(name, url));
    const posts = all.filter(({ found }) => !found?.data.isComment).map(({ el }) => el);
    for (const a of posts) for (const b of posts) if (a !== b) expect(a.contains(b)).toBe(false);
    for (const { el, found } of all) {
      expect(found?.data.isComment).toBe(el.matches('[componentkey^="replaceableComment_"], article.comments-comment-entity'));
    }
    expect(new Set(all.map(({ el }) => el)).size).toBe(all.length);
  });

  it('still reads everything after the hashed classes rotate', () => {
    const before = readAll(load(name, url)).map(({ found }) => found?.data);
    const doc = load(name, url);
    let n = 0;
    for (const el of Array.from(doc.querySelectorAll('[class]'))) {
      el.setAttribute('class', el.getAttribute('class')!.replace(/\b_?[0-9a-f]{7,8}\b/g, () => `z${(n++).toString(36)}x`));
    }
    expect(readAll(doc).map(({ found }) => found?.data)).toEqual(before);
  });
});

describe('LinkedIn layout drift (v2)', () => {
  it('falls back to componentkey, tracking scope and testids when data-view-name disappears', () => {
    for (const [name, url] of [['feed-v2', FEED], ['post-v2', DETAIL_URL]] as const) {
      const doc = load(name, url);
      doc.querySelectorAll('[data-view-name]').forEach((el) => el.removeAttribute('data-view-name'));
      const all = readAll(doc);
      const rows = FIXTURES[name]!.rows;
      expect(all.map(({ found }) => found?.data.postId)).toEqual(rows.map((r) => r[1]));
      for (const { el, found } of all) {
        const key = rows.find((r) => r[1] === found!.data.postId)![0];
        expect(textOf(el)).toBe(CONTENT[key]!.text);
        expect(found!.data.handle).toBe(CONTENT[key]!.handle);
        expect(found!.data.author).toBe(CONTENT[key]!.author);
        expect(found!.data.isPromoted).toBe(CONTENT[key]!.role === 'promoted'); // tracking scope still says sponsored
      }
    }
  });

  it('never throws when the page is mangled at random', () => {
    for (const name of ['feed-v2', 'feed-v1', 'post-v2']) {
      const doc = load(name);
      let seed = 7;
      const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      for (const el of Array.from(doc.body.querySelectorAll('*'))) {
        const r = rnd();
        if (r < 0.08) el.remove();
        else if (r < 0.3) for (const a of Array.from(el.attributes)) if (rnd() < 0.5) el.setAttribute(a.name, 'urn:li:activity:(' + a.value.slice(0, 5));
      }
      expect(() => readAll(doc).forEach(({ el }) => extractText(A.readPost(el, DANA)?.textRoots ?? []))).not.toThrow();
    }
    expect(A.readPost(document.createElement('div'), null)).toBeNull();
    expect(A.findPostElements(document.createElement('div'))).toEqual([]);
  });
});

describe('LinkedIn adapter details', () => {
  it('returns the root itself when it is a container, and only its own comments', () => {
    const doc = load('feed-v2');
    const item = doc.querySelector<HTMLElement>('div[role="listitem"][componentkey^="expanded"]')!;
    expect(A.findPostElements(item).map((el) => A.readPost(el, null)?.data.postId)).toEqual(FIXTURES['feed-v2']!.rows.slice(0, 3).map((r) => r[1]));
    // A node inside a post holds no container: the runtime asks for the ancestor itself.
    expect(A.findPostElements(item.querySelector('[data-view-name="feed-commentary"]')!)).toEqual([]);
  });

  it('returns the outermost v1 container (data-id wrapper), not the nested data-urn copy', () => {
    const doc = load('feed-v1');
    const first = A.findPostElements(doc)[0]!;
    expect(first.matches('.occludable-update[data-id]')).toBe(true);
    expect(first.querySelector('.feed-shared-update-v2[data-urn]')).not.toBeNull();
  });

  it('never marks anything own without a user, and needs the exact slug', () => {
    const doc = load('feed-v2');
    expect(readAll(doc, null).some(({ found }) => found?.data.isOwn)).toBe(false);
    expect(readAll(doc, { id: 'dana', profileUrl: null, name: null }).some(({ found }) => found?.data.isOwn)).toBe(false);
  });

  it('detects promoted posts by tracking scope alone, and never by a "Promoted" line in the text', () => {
    const doc = load('feed-v2');
    const promoted = A.findPostElements(doc).find((el) => A.readPost(el, null)?.data.author === 'Northwind Coffee')!;
    promoted.querySelectorAll('p').forEach((p) => { if (p.textContent?.startsWith('Promoted')) p.textContent = '1w'; });
    expect(A.readPost(promoted, null)?.data.isPromoted).toBe(true);
    const plain = A.findPostElements(doc).find((el) => A.readPost(el, null)?.data.author === 'Chloe Dubois')!;
    plain.querySelector('[data-testid="expandable-text-box"]')!.textContent = 'Promoted';
    expect(A.readPost(plain, null)?.data.isPromoted).toBe(false);
  });

  it('uses the detail page URL when the post carries no URN of its own', () => {
    const doc = load('post-v2', DETAIL_URL);
    doc.querySelectorAll('[data-view-tracking-scope]').forEach((el) => el.removeAttribute('data-view-tracking-scope'));
    expect(A.readPost(A.findPostElements(doc)[0]!, null)?.data.postId).toBe('urn:li:activity:7529822397037167628');
  });

  it('returns null when no URN can be read', () => {
    const doc = load('feed-v2');
    const item = doc.querySelector<HTMLElement>('div[role="listitem"][componentkey^="expanded"]')!;
    item.querySelectorAll('[data-view-tracking-scope]').forEach((el) => el.removeAttribute('data-view-tracking-scope'));
    expect(A.readPost(item, null)).toBeNull();
  });
});

describe.each([['feed-v2'], ['feed-v1']])('%s infinite-scroll hook', (name) => {
  it('appends a readable brand post and removes the first', () => {
    const doc = load(name);
    const code = doc.querySelector('script')!.textContent!;
    const win: { __fixture?: { appendPost(o?: object): string; removeFirst(): boolean } } = {};
    new Function('window', 'document', code)(win, doc);
    const before = A.findPostElements(doc).length;
    const urn = win.__fixture!.appendPost({ id: '7530000000000000001', name: 'Zoe Quinn', slug: 'zoe-quinn' });
    const all = A.findPostElements(doc);
    expect(all).toHaveLength(before + 1);
    const last = A.readPost(all[all.length - 1]!, DANA)!;
    expect(last.data).toMatchObject({ postId: urn, author: 'Zoe Quinn', handle: IN('zoe-quinn'), postedAt: '2026-11-21T20:11:40.634Z' });
    expect(textOf(all[all.length - 1]!)).toContain('Northwind Coffee');
    expect(win.__fixture!.removeFirst()).toBe(true);
    expect(A.findPostElements(doc)).toHaveLength(before + 1 - 3); // the first post and its two comments
  });
});

describe('readCurrentUser', () => {
  it.each([['feed-v2'], ['feed-v1'], ['post-v2']])('%s: Dana from the left rail or the Me JSON', (name) => {
    expect(A.readCurrentUser(load(name))).toEqual(DANA);
  });

  it('falls back from the left rail to the <code> JSON, then to the nav photo', () => {
    const doc = load('feed-v1');
    doc.querySelector('.feed-identity-module')!.remove();
    expect(A.readCurrentUser(doc)).toEqual(DANA);
    doc.querySelector('code')!.textContent = '{"data":{"$type":"com.linkedin.voyager.common.Me"'; // truncated JSON
    expect(A.readCurrentUser(doc)).toEqual({ id: null, profileUrl: null, name: 'Dana Whitfield' });
    doc.querySelector('img.global-nav__me-photo')!.remove();
    expect(A.readCurrentUser(doc)).toBeNull();
  });
});

describe('host and page expectations', () => {
  it.each([
    ['https://www.linkedin.com/feed/', true],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7529822397037167628/', true],
    ['https://www.linkedin.com/feed/hashtag/northwind/', true],
    ['https://www.linkedin.com/in/dana-whitfield/recent-activity/all/', true],
    ['https://www.linkedin.com/company/northwind-coffee/posts/?feedView=all', true],
    ['https://www.linkedin.com/search/results/content/?keywords=northwind', true],
    ['https://www.linkedin.com/posts/dana-whitfield_coffee-activity-7529822397037167628-AbCd/', true],
    ['https://www.linkedin.com/in/dana-whitfield/', false],
    ['https://www.linkedin.com/company/northwind-coffee/', false],
    ['https://www.linkedin.com/messaging/thread/2-abc/', false],
    ['https://www.linkedin.com/jobs/view/123/', false],
    ['https://www.linkedin.com/mynetwork/', false],
    ['https://www.linkedin.com/notifications/', false],
    ['https://www.linkedin.com/search/results/people/?keywords=dana', false],
  ])('%s → %s', (url, expected) => {
    expect(A.expectsPosts(new URL(url))).toBe(expected);
  });

  it.each([['www.linkedin.com', true], ['linkedin.com', true], ['evil-linkedin.com', false], ['linkedin.com.evil.io', false], ['x.com', false]])(
    'matchesHost(%s) = %s', (host, ok) => {
      expect(A.matchesHost(host)).toBe(ok);
    });
});
