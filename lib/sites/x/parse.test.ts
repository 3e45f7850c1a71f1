import { xAdapter } from './adapter';
import {
  canonicalStatusUrl, handleFromProfileHref, parseButtonCount, parseCount, parseEngagementLabel, parseStatusPath,
} from './parse';

describe('parseCount', () => {
  it.each([
    ['30142', 30142], ['30142 views', 30142], ['1,024', 1024], ['1.2K', 1200], ['29.9K Views', 29900], ['2.5M', 2500000],
    ['12K', 12000], ['2,5 M', 2500000], ['1\u202f024', 1024], ['48 Bookmarks. Bookmark', 48], ['0', 0],
    ['Reply', null], ['', null], ['K', null],
  ])('%j → %j', (raw, expected) => expect(parseCount(raw)).toBe(expected));
});

describe('engagement labels', () => {
  it('reads the action bar label, ignoring bookmarks and missing items', () => {
    expect(parseEngagementLabel('48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views')).toEqual({ comments: 48, reposts: 152, likes: 553, views: 30142 });
    expect(parseEngagementLabel('1 reply, 1 like')).toEqual({ comments: 1, likes: 1 });
    expect(parseEngagementLabel('2534 replies, 4483 reposts, 25616 likes, 797 bookmarks, 2596467 views').views).toBe(2596467);
    expect(parseEngagementLabel('')).toEqual({});
    expect(parseEngagementLabel('48 respuestas, 5 Me gusta')).toEqual({}); // other locales: buttons take over
  });

  it('reads per-button labels; a bare label means zero', () => {
    expect(parseButtonCount('48 Replies. Reply')).toBe(48);
    expect(parseButtonCount('553 Likes. Liked')).toBe(553);
    expect(parseButtonCount('Reply')).toBe(0);
    expect(parseButtonCount(null)).toBeUndefined();
    expect(parseButtonCount(undefined)).toBeUndefined();
  });
});

describe('status paths and handles', () => {
  it.each([
    ['/NorthwindCoffee/status/2060412900000000101', 'NorthwindCoffee', '2060412900000000101'],
    ['https://x.com/dana_ceo/status/42?s=20&t=abc', 'dana_ceo', '42'],
    ['https://twitter.com/dana_ceo/status/42/analytics', 'dana_ceo', '42'],
    ['/angry_ann/status/91/photo/1', 'angry_ann', '91'],
    ['/i/web/status/77', null, '77'],
    ['/home/status/5', null, '5'],
  ])('%s', (href, handle, id) => expect(parseStatusPath(href)).toEqual({ handle, id }));

  it.each(['/NorthwindCoffee', '/status/1', '/a/status/', '/a/status/abc', '/waytoolonghandle_16/status/1', 'http://[bad', ''])(
    'not a status: %j',
    (href) => expect(parseStatusPath(href)).toBeNull(),
  );

  it('profile links', () => {
    expect(handleFromProfileHref('/dana_ceo')).toBe('dana_ceo');
    expect(handleFromProfileHref('https://x.com/dana_ceo/')).toBe('dana_ceo');
    expect(handleFromProfileHref('/home')).toBeNull();
    expect(handleFromProfileHref('/dana_ceo/status/1')).toBeNull();
    expect(handleFromProfileHref('')).toBeNull();
  });

  it('canonical urls', () => {
    expect(canonicalStatusUrl('dana_ceo', '42')).toBe('https://x.com/dana_ceo/status/42');
    expect(canonicalStatusUrl(null, '42')).toBe('https://x.com/i/web/status/42');
  });
});

describe('pages and hosts', () => {
  it.each([
    ['/home', true], ['/search?q=Northwind%20Coffee&src=typed_query', true], ['/hashtag/northwind', true],
    ['/NorthwindCoffee', true], ['/NorthwindCoffee/with_replies', true], ['/NorthwindCoffee/status/2060412900000000500', true],
    ['/NorthwindCoffee/status/2060412900000000500/photo/1', true], ['/i/lists/1234567', true], ['/i/bookmarks', true],
    ['/', false], ['/explore', false], ['/explore/tabs/trending', false], ['/notifications', false], ['/messages', false],
    ['/messages/123-456', false], ['/settings/account', false], ['/i/flow/login', false], ['/compose/post', false],
    ['/NorthwindCoffee/followers', false], ['/NorthwindCoffee/media', false], ['/NorthwindCoffee/status/1/analytics', false],
    ['/i/lists/1234567/members', false], ['/tos', false],
  ])('expectsPosts(%s) = %s', (path, expected) => expect(xAdapter.expectsPosts(new URL(path, 'https://x.com'))).toBe(expected));

  it.each([
    ['x.com', true], ['twitter.com', true], ['mobile.twitter.com', true], ['MOBILE.TWITTER.COM', true],
    ['evilx.com', false], ['x.com.evil.net', false], ['linkedin.com', false], ['t.co', false],
  ])('matchesHost(%s) = %s', (host, expected) => expect(xAdapter.matchesHost(host)).toBe(expected));
});
