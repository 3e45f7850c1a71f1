import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../../dom/extract-text';
import type { CurrentUser } from '../types';
import { xAdapter } from './adapter';

const DANA: CurrentUser = { id: 'dana_ceo', profileUrl: 'https://x.com/dana_ceo', name: null };

/** Loads a fixture into the test document at a given page URL (readPost reads location for replies). */
function load(name: string, url: string): Document {
  const html = readFileSync(resolve('tests/fixtures/sites/x', name), 'utf8'); // vitest runs from the project root
  const { happyDOM } = window as unknown as { happyDOM: { setURL(u: string): void } };
  happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>[\s\S]*$/, '');
  return document;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const textOf = (roots: Element[]): string => norm(extractText(roots, { skip: xAdapter.textSkip, inline: xAdapter.textInline }).text);
const id = (n: number): string => `20604129000000${String(n).padStart(5, '0')}`;

/**
 * Every tweet in the fixtures. `role` is what the runtime should make of it with the contract's
 * watchlist (Northwind Coffee excl. "Northwind Coffee Table", @NorthwindCoffee, #northwind,
 * competitor Southbay Roasters): documentation for the e2e checks, not asserted here.
 */
type Row = [n: number, handle: string, author: string, postedAt: string | null, text: string, flags: string, role: string];
const HOME: Row[] = [
  [101, 'mara_k', 'Mara Kowalski', '2026-11-23T10:58:00.000Z', '@NorthwindCoffee my order never arrived and nobody answers. Refund please!!', '', 'mention issue (@NorthwindCoffee)'],
  [102, 'leo_travels', 'Léo Martin', '2026-11-23T10:37:00.000Z', 'Does Northwind Coffee ship to Canada? 🇨🇦', '', 'mention question'],
  [103, 'sam_rivera', 'Sam Rivera 🌵', '2026-11-23T10:20:00.000Z', 'Northwind Coffee ☕ is the best way to start a Monday', '', 'mention praise'],
  [104, 'brewnerd', 'Priya Shah', '2026-11-23T09:57:00.000Z', 'Weekend plans: Northwind ☕ Coffee tasting downtown #northwind', '', 'mention (#northwind; brand split by emoji)'],
  [105, 'coffee_critic', 'Ines Duarte', '2026-11-23T09:42:00.000Z', 'Southbay Roasters just opened a new shop on 5th. Lines around the block.', '', 'competitor'],
  [106, 'homestyle_hq', 'Homestyle Interiors', '2026-11-23T09:22:00.000Z', 'Our oak Northwind Coffee Table is back in stock. Free delivery this week.', '', 'none (exclusion)'],
  [107, 'dev_jonas', 'Jonas Berg', '2026-11-23T09:02:00.000Z', 'This is exactly why I switched.', '', 'none (brand only in the quoted tweet)'],
  [108, 'cafe_rosa', 'Rosa Mendes', '2026-11-23T08:42:00.000Z', 'Proud to be a Northwind Coffee stockist 🙌', '', 'mention praise (quote post)'],
  [109, 'beanbox', 'Beanbox Subscriptions', null, 'Get Northwind Coffee and 40 other roasters delivered monthly. First box free.', 'promoted', 'promoted'],
  [110, 'dana_ceo', 'Dana Whitfield', '2026-11-23T08:12:00.000Z', 'Thrilled to share that Northwind Coffee is now carbon neutral across all roasteries. Thank you to our amazing team!', 'own', 'own'],
  [111, 'foodie_daily', 'Foodie Daily', '2026-11-23T07:52:00.000Z', 'Best flat white in town? My vote goes to Northwind Coffee on Harbor St. cc @harbor_eats', '', 'mention praise (repost by Jane)'],
  [112, 'longform_liz', 'Liz Okafor', '2026-11-23T07:32:00.000Z', 'Thread on specialty coffee logistics, part 1. Most roasters ship within 48 hours of roasting. Northwind Coffee says 24, Southbay Roasters 72. But the real story is what happens after the label is printed: regional carriers, customs for anything crossing a border, and the last mile, where most of the damage and delay actually happens. I spent a week following one bag from roaster to', 'truncated', 'mention (+competitor)'],
  [113, 'harbor_weather', 'Harbor Weather', '2026-11-23T07:12:00.000Z', 'Rain clearing by noon, highs of 14°C. Good day for a long walk.', '', 'none'],
  [114, 'cairo_beans', 'مقهى القاهرة', '2026-11-23T06:52:00.000Z', 'قهوة رائعة هذا الصباح من Northwind Coffee ☕ شكراً لكم', '', 'mention praise (RTL)'],
  [115, 'sec_tom', 'Tom Vance', '2026-11-23T06:32:00.000Z', "TIL people still paste <script>alert(1)</script> into review forms. Northwind Coffee's form handled it fine & showed it as text.", '', 'mention (escaped markup)'],
  [116, 'dailycats', 'Daily Cats', '2026-11-23T06:12:00.000Z', 'Monday mood.', '', 'none (video in placementTracking, not promoted)'],
  [117, 'gina_bakes', 'Gina Torres', '2026-11-23T05:52:00.000Z', 'Same here, still waiting for a reply from support.', '', 'none ("Replying to @NorthwindCoffee" is outside the text)'],
  [118, 'hoops_chris', 'Chris Young', '2026-11-23T05:32:00.000Z', 'What a game last night!', '', 'none'],
  [119, 'nour_writes', 'نور', '2026-11-23T05:12:00.000Z', 'صباح الخير للجميع', '', 'none (RTL)'],
];
const STATUS: Row[] = [
  [500, 'NorthwindCoffee', 'Northwind Coffee', '2026-11-23T09:12:00.000Z', 'Our winter blend ships today ❄️ Tell us how you brew it!', 'focused', 'none (the brand account; no term)'],
  [501, 'mara_k', 'Mara Kowalski', '2026-11-23T09:37:00.000Z', "@NorthwindCoffee my order #48213 never arrived and support hasn't answered in 5 days. Refund please!", 'comment', 'mention issue'],
  [502, 'leo_travels', 'Léo Martin', '2026-11-23T09:52:00.000Z', 'Will Northwind Coffee ship the winter blend to Canada?', 'comment', 'mention question'],
  [503, 'sam_rivera', 'Sam Rivera 🌵', '2026-11-23T10:02:00.000Z', "Already ordered two bags ☕☕ can't wait", 'comment', 'none'],
  [504, 'dana_ceo', 'Dana Whitfield', '2026-11-23T10:12:00.000Z', 'Thanks everyone! The Northwind Coffee team is reading every reply.', 'comment own', 'own'],
];
const SEARCH: Row[] = [
  [701, 'ola_brews', 'Ola Nowak', '2026-11-23T11:04:00.000Z', 'Northwind Coffee subscription cancelled. Third late delivery in a row, done.', '', 'mention issue'],
  [702, 'baristabob', 'Bob Quinn', '2026-11-23T10:46:00.000Z', "Is Northwind Coffee's decaf Swiss-water processed? Anyone know?", '', 'mention question'],
  [703, 'kofi_reads', 'Kofi Mensah', '2026-11-23T10:11:00.000Z', 'Northwind Coffee + a good book = perfect Sunday 📚', '', 'mention praise'],
  [704, 'tableworks', 'Tableworks', '2026-11-23T08:02:00.000Z', 'Restored a 1970s Northwind Coffee Table for a client this week.', '', 'none (exclusion)'],
  [705, 'bean_scene', 'Bean Scene', '2026-11-23T07:02:00.000Z', 'Blind test: Northwind Coffee vs Southbay Roasters. Northwind won on aroma, Southbay on price.', '', 'mention (+competitor)'],
];
const PAGES = [
  { file: 'home.html', url: 'https://x.com/home', rows: HOME },
  { file: 'status.html', url: `https://x.com/NorthwindCoffee/status/${id(500)}`, rows: STATUS },
  { file: 'search.html', url: 'https://x.com/search?q=Northwind%20Coffee&src=typed_query', rows: SEARCH },
];

describe.each(PAGES)('$file', ({ file, url, rows }) => {
  beforeAll(() => load(file, url)); // reads only: one parse per page keeps the table fast

  it('finds exactly the outer tweet articles, in order (no quotes, trends, user cells or templates)', () => {
    const found = xAdapter.findPostElements(document);
    expect(found.map((el) => xAdapter.readPost(el, DANA)?.data.postId)).toEqual(rows.map((r) => id(r[0])));
    expect(found.every((el) => el.tagName === 'ARTICLE')).toBe(true);
  });

  it.each(rows)('reads tweet %i (@%s)', (n, handle, author, postedAt, text, flags) => {
    const el = xAdapter.findPostElements(document)[rows.findIndex((r) => r[0] === n)]!;
    const found = xAdapter.readPost(el, DANA)!;
    const comment = flags.includes('comment');
    expect(found.element).toBe(el);
    expect(found.chipHost).toBe(el);
    expect(found.data).toMatchObject({
      site: 'x', postId: id(n), url: `https://x.com/${handle}/status/${id(n)}`, author, handle, postedAt,
      isOwn: flags.includes('own'), isPromoted: flags.includes('promoted'), truncated: flags.includes('truncated'),
      isComment: comment, parentPostId: comment ? id(500) : null,
    });
    expect(found.textRoots).toHaveLength(1);
    expect(textOf(found.textRoots)).toBe(text);
  });
});

describe('details', () => {
  it('judges a quote post only by its own text', () => {
    load('home.html', 'https://x.com/home');
    const [quote] = xAdapter.findPostElements(document).filter((el) => el.textContent?.includes('charged me twice'));
    const found = xAdapter.readPost(quote!, DANA)!;
    expect(found.data.postId).toBe(id(107)); // not the quoted tweet's photo link (…/91/photo/1)
    expect(found.textRoots[0]!.closest('div[role="link"]')).toBeNull();
    expect(textOf(found.textRoots)).not.toContain('Northwind');
  });

  it('reads engagement from the action bar, the buttons and the focused tweet’s views', () => {
    load('home.html', 'https://x.com/home');
    const all = xAdapter.findPostElements(document).map((el) => xAdapter.readPost(el, DANA)!.data);
    expect(all.find((d) => d.postId === id(110))!.engagement).toEqual({ comments: 48, reposts: 152, likes: 553, views: 30142 });
    // Zero items are missing from the bar label; the bare "Repost" button says 0.
    expect(all.find((d) => d.postId === id(101))!.engagement).toEqual({ comments: 3, reposts: 0, likes: 12, views: 1820 });
    load('status.html', `https://x.com/NorthwindCoffee/status/${id(500)}`);
    const focused = xAdapter.readPost(xAdapter.findPostElements(document)[0]!, DANA)!;
    expect(focused.data.engagement).toEqual({ comments: 48, reposts: 152, likes: 553, views: 29900 });
  });

  it('matches the own handle case-insensitively and needs a user to call anything own', () => {
    load('home.html', 'https://x.com/home');
    const own = xAdapter.findPostElements(document).find((el) => el.querySelector('a[href="/dana_ceo/status/' + id(110) + '"]'))!;
    expect(xAdapter.readPost(own, { id: 'DANA_CEO', profileUrl: null, name: null })!.data.isOwn).toBe(true);
    expect(xAdapter.readPost(own, null)!.data.isOwn).toBe(false);
  });

  it('reads the logged-in user from the nav, then from the account switcher', () => {
    const doc = load('home.html', 'https://x.com/home');
    expect(xAdapter.readCurrentUser(doc)).toEqual(DANA);
    doc.querySelector('a[data-testid="AppTabBar_Profile_Link"]')!.remove();
    expect(xAdapter.readCurrentUser(doc)).toEqual(DANA);
    doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')!.remove();
    expect(xAdapter.readCurrentUser(doc)).toBeNull();
  });

  it('without a status-page location nothing is a comment', () => {
    load('status.html', 'https://x.com/home');
    const data = xAdapter.findPostElements(document).map((el) => xAdapter.readPost(el, DANA)!.data);
    expect(data.every((d) => !d.isComment && d.parentPostId === null)).toBe(true);
  });
});
