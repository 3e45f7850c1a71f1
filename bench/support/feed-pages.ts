/**
 * Builds the synthetic feed pages of the feed benchmark: a fixture page's shell
 * (everything but its posts and its test hooks), the data of 2,000 posts and the
 * site's own script (feed-site.js), which grows or recycles posts out of one of
 * the fixture's real posts as the page scrolls.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatePosts, rng, type BackupTerm, type GeneratedPost } from './corpus';

export type SiteName = 'x' | 'linkedin' | 'facebook';

export interface SiteSpec {
  name: SiteName;
  fixture: string;
  /** The real URL: Earshot's content script runs there. */
  url: string;
  /** The same page where no content script of ours matches (baselines). */
  baselineUrl: string;
  /** Post containers and their text element: what the in-page baselines work on. */
  postSelector: string;
  textSelector: string;
}

export const SITES: SiteSpec[] = [
  {
    name: 'x',
    fixture: 'sites/x/home.html',
    url: 'https://x.com/home',
    baselineUrl: 'https://bench.invalid/x/home',
    postSelector: 'article[data-testid="tweet"]',
    textSelector: '[data-testid="tweetText"]',
  },
  {
    name: 'linkedin',
    fixture: 'sites/linkedin/feed-v2.html',
    url: 'https://www.linkedin.com/feed/',
    baselineUrl: 'https://bench.invalid/linkedin/feed/',
    postSelector: 'div[role="listitem"]',
    textSelector: '[data-testid="expandable-text-box"]',
  },
  {
    name: 'facebook',
    fixture: 'sites/facebook/feed-modern.html',
    url: 'https://www.facebook.com/',
    baselineUrl: 'https://bench.invalid/facebook/',
    postSelector: 'div[aria-posinset]',
    textSelector: '[data-ad-rendering-role="story_message"]',
  },
];

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const ENGINE = readFileSync(fileURLToPath(new URL('./feed-site.js', import.meta.url)), 'utf8');

const FIRST = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Riley', 'Morgan', 'Casey', 'Jamie', 'Avery', 'Quinn', 'Rowan', 'Skyler', 'Emerson', 'Harper'];
const LAST = ['Nguyen', 'Smith', 'Garcia', 'Kowalski', 'Osei', 'Dubois', 'Rossi', 'Jensen', 'Silva', 'Murphy', 'Cohen', 'Patel', 'Ivanova'];
const HEADLINES = ['Product Manager', 'Head of Growth at a B2B startup', 'Software Engineer', 'Coffee enthusiast', 'Founder', 'Operations Lead', 'Designer'];

export interface PostData {
  id: string;
  name: string;
  handle: string;
  headline: string;
  text: string;
  time: string;
  rel: string;
  likes: number;
  views: number;
}

export interface Feed {
  posts: PostData[];
  /** Ids of the posts that mention a watchlist term (Earshot must record each of them). */
  mentionIds: string[];
}

/** Post ids are unique per run (`run`), so what a run recorded can be told apart in the database. */
function postId(site: SiteName, run: number, i: number): string {
  if (site === 'x') return `18${String(run).padStart(4, '0')}${String(i).padStart(6, '0')}0000000`;
  if (site === 'linkedin') {
    // LinkedIn ids carry their creation time in the top bits (adapter: urnTimestamp).
    const ms = BigInt(Date.UTC(2026, 10, 23, 9, 0, 0) - i * 60_000);
    return ((ms << 22n) | BigInt(run * 4096 + i)).toString();
  }
  return `pfbid0Bench${run.toString(36)}X${i.toString(36)}Q7wErT5yUi9oPa3sDf6gHj1kLz8xCv4bNm2`;
}

/** The texts are generated once per site; only the ids change from run to run. */
const textCache = new Map<string, GeneratedPost[]>();

export function buildFeed(site: SiteName, run: number, count: number, watchlist: readonly BackupTerm[]): Feed {
  const key = `${site}|${count}|${watchlist.length}`;
  let texts = textCache.get(key);
  if (!texts) {
    texts = generatePosts({ count, mentionTerms: watchlist, watchlist, shape: site, seed: site.length * 101 });
    textCache.set(key, texts);
  }
  const r = rng(99);
  const posts = texts.map((t, i): PostData => {
    const first = FIRST[Math.floor(r() * FIRST.length)]!;
    const last = LAST[Math.floor(r() * LAST.length)]!;
    const slug = `${first}${last}${i}`.toLowerCase();
    return {
      id: postId(site, run, i),
      name: `${first} ${last}`,
      handle: site === 'facebook' ? `${first}.${last}.${i}`.toLowerCase() : site === 'x' ? slug.slice(0, 15) : `${first}-${last}-${i}`.toLowerCase(),
      headline: HEADLINES[i % HEADLINES.length]!,
      text: t.text,
      time: new Date(Date.UTC(2026, 10, 23, 11, 0, 0) - i * 60_000).toISOString(),
      rel: `${1 + (i % 59)}m`,
      likes: Math.floor(r() * 500),
      views: Math.floor(r() * 50_000),
    };
  });
  return { posts, mentionIds: posts.filter((_, i) => texts[i]!.term !== null).map((p) => p.id) };
}

export interface PageOptions {
  /** Posts the scroll moves through per frame (fractions accumulate); 3.3 ≈ 200 posts/s at 60 fps. */
  perFrame: number;
  /** Mounted cells in X's virtualised list. */
  pool: number;
  /** LinkedIn/Facebook: screens of posts kept mounted above the viewport before they are emptied. */
  keepAbove: number;
}

/** JSON inside <script>: no "</script>" can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function buildPage(spec: SiteSpec, feed: Feed, options: PageOptions): string {
  let html = readFileSync(FIXTURES + spec.fixture, 'utf8');
  // The fixture's test hooks are not the site's code: the feed engine replaces them.
  html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const config = { site: spec.name, posts: feed.posts, ...options };
  const inject = `<script type="application/json" id="bench-config">${scriptJson(config)}</script>\n<script>${ENGINE}\n//# sourceURL=bench-site.js\n</script>\n`;
  const at = html.lastIndexOf('</body>');
  return html.slice(0, at) + inject + html.slice(at);
}
