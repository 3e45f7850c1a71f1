import {
  authorFromCommentLabel, cleanText, commentUrl, decodeCommentId, hashPostId, isDecoyText, isOwnAuthor, isSponsoredLetters,
  parseAbsoluteTime, parseCount, parseEngagementText, parsePermalink, parseProfileUrl,
} from './parse';
import { SPONSORED_LABELS } from './selectors';

const FB = 'https://www.facebook.com';
const CFT = '__cft__[0]=AZXq8T1kWm3nB7rV0cYp&__tn__=%2CO%2CP-R';
const b64 = (s: string): string => btoa(s);

describe('parsePermalink: id and canonical URL without tracking', () => {
  it.each([
    [`${FB}/NorthwindCoffee/posts/pfbid02AbCd?${CFT}`, 'pfbid02AbCd', `${FB}/NorthwindCoffee/posts/pfbid02AbCd`],
    [`/NorthwindCoffee/posts/pfbid02AbCd/?ref=embed_post`, 'pfbid02AbCd', `${FB}/NorthwindCoffee/posts/pfbid02AbCd`],
    [`https://web.facebook.com/ben.ortiz/posts/1234567890123456?${CFT}`, '1234567890123456', `${FB}/ben.ortiz/posts/1234567890123456`],
    // permalink.php keeps story_fbid and id: the id is part of the address for this shape.
    [`${FB}/permalink.php?story_fbid=pfbid0Yk7&id=100004521879&${CFT}`, 'pfbid0Yk7', `${FB}/permalink.php?story_fbid=pfbid0Yk7&id=100004521879`],
    [`/permalink.php?id=100004521879&ref=share&story_fbid=987`, '987', `${FB}/permalink.php?story_fbid=987&id=100004521879`],
    [`${FB}/story.php?story_fbid=pfbid0ChM&id=100023456789&__tn__=R`, 'pfbid0ChM', `${FB}/story.php?story_fbid=pfbid0ChM&id=100023456789`],
    [`${FB}/groups/northwindfans/posts/1456789012345678/?${CFT}`, '1456789012345678', `${FB}/groups/northwindfans/posts/1456789012345678/`],
    [`${FB}/groups/301234567890123/permalink/2718281828459045/`, '2718281828459045', `${FB}/groups/301234567890123/posts/2718281828459045/`],
    [`${FB}/photo/?fbid=987654321012345&set=a.123456789012345&${CFT}`, '987654321012345', `${FB}/photo/?fbid=987654321012345`],
    [`${FB}/photo.php?fbid=42&set=pcb.7`, '42', `${FB}/photo/?fbid=42`],
    [`${FB}/NorthwindCoffee/videos/555666777888/?${CFT}`, '555666777888', `${FB}/NorthwindCoffee/videos/555666777888/`],
    [`${FB}/reel/1029384756/?s=ifu_see_more`, '1029384756', `${FB}/reel/1029384756/`],
  ])('%s', (href, postId, url) => {
    expect(parsePermalink(href)).toEqual({ postId, url });
  });

  it.each([
    `${FB}/NorthwindCoffee?${CFT}`,
    `${FB}/hashtag/northwind?__eep__=6`,
    `${FB}/groups/northwindfans/`,
    `${FB}/groups/northwindfans/user/100007654321/`,
    `https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fposts%2F1`,
    `https://evil.example/NorthwindCoffee/posts/pfbid0`,
    `${FB}/permalink.php?id=100004521879`,
    `${FB}/search/posts/?q=x`,
    '#',
    '',
    'javascript:alert(1)',
  ])('not a post link: %s', (href) => {
    expect(parsePermalink(href)).toBeNull();
  });

  it('reads comment ids, plain or base64 "comment:<post>_<id>", and a reply is its own comment', () => {
    const post = `${FB}/priya.nair/posts/pfbid02Ab`;
    const c = parsePermalink(`${post}?comment_id=1122334455667788&${CFT}`)!;
    expect(c).toMatchObject({ postId: 'pfbid02Ab', commentId: '1122334455667788' });
    expect(commentUrl(c)).toBe(`${post}?comment_id=1122334455667788`);
    const coded = parsePermalink(`${post}?comment_id=${encodeURIComponent(b64('comment:1029384756_3344556677'))}`)!;
    expect(coded.commentId).toBe('3344556677');
    const reply = parsePermalink(`${post}?comment_id=${b64('comment:1_5550002')}&reply_comment_id=5550003&${CFT}`)!;
    expect(reply).toMatchObject({ commentId: '5550003', parentCommentId: '5550002' });
    expect(commentUrl(reply)).toBe(`${post}?comment_id=5550002&reply_comment_id=5550003`);
    const onPhp = parsePermalink(`${FB}/permalink.php?story_fbid=9&id=8&comment_id=7`)!;
    expect(commentUrl(onPhp)).toBe(`${FB}/permalink.php?story_fbid=9&id=8&comment_id=7`);
  });

  it('decodes comment ids defensively', () => {
    expect(decodeCommentId('123')).toBe('123');
    expect(decodeCommentId(b64('comment:99_100'))).toBe('100');
    expect(decodeCommentId('not*base64')).toBe('not*base64');
    expect(decodeCommentId(b64('something else'))).toBe(b64('something else'));
  });
});

describe('parseProfileUrl', () => {
  it.each([
    [`${FB}/dana.whitfield?${CFT}`, 'dana.whitfield', `${FB}/dana.whitfield`],
    [`${FB}/NorthwindCoffee/`, 'NorthwindCoffee', `${FB}/NorthwindCoffee`],
    [`${FB}/profile.php?id=100004521879&${CFT}`, '100004521879', `${FB}/profile.php?id=100004521879`],
    [`/groups/301234567890123/user/100009876543/?${CFT}`, '100009876543', `${FB}/profile.php?id=100009876543`],
    [`${FB}/people/Some-Name/100077788899/`, '100077788899', `${FB}/profile.php?id=100077788899`],
  ])('%s', (href, id, url) => {
    expect(parseProfileUrl(href)).toEqual({ id, url });
  });

  it.each([`${FB}/friends/`, `${FB}/groups/northwindfans/`, `${FB}/watch/?ref=bookmarks`, `${FB}/hashtag/northwind`, `${FB}/`, `${FB}/profile.php`, `${FB}/a/b/c`, 'https://example.com/dana'])(
    'not a profile: %s',
    (href) => expect(parseProfileUrl(href)).toBeNull(),
  );
});

describe('counts', () => {
  it.each([
    ['128', 128], ['1,234', 1234], ['2,345', 2345], ['1.2K', 1200], ['5.4K', 5400], ['1K', 1000], ['2,5 M', 2_500_000],
    ['12 comments', 12], ['3 shares', 3], ['1 share', 1], ['1 234', 1234], ['12 more', 12], ['no digits', null], ['', null],
  ])('parseCount(%j) = %j', (text, n) => expect(parseCount(text)).toBe(n));

  it.each([
    ['All reactions:128', { likes: 128 }],
    ['All reactions: 1.2K', { likes: 1200 }],
    ['128 reactions; see who reacted to this', { likes: 128 }],
    ['12 comments', { comments: 12 }],
    ['1 comment', { comments: 1 }],
    ['3 shares', { reposts: 3 }],
    ['4.1K views', { views: 4100 }],
    ['Like', {}],
    ['Leave a comment', {}],
    ['I read 12 comments yesterday', {}],
  ])('parseEngagementText(%j)', (text, out) => expect(parseEngagementText(text)).toEqual(out));
});

describe('decoys and labels', () => {
  it('strips zero-width and bidi characters', () => {
    expect(cleanText('North\u200bwind \u202eCoffee\u2060  x\ufeff')).toBe('Northwind Coffee x');
  });

  it.each([['83920175', true], ['a b c d e', true], ['Liam Carter', false], ['Class of 2024', false], ['12', false]])(
    'isDecoyText(%j) = %j',
    (t, d) => expect(isDecoyText(t)).toBe(d),
  );

  it.each([['Sponsored', true], ['S\u200bponsored', true], ['nSdpsoroe', true], ['Gesponsert', true], ['Sponsored by', false], ['Sponsor', false], ['2h', false]])(
    'isSponsoredLetters(%j) = %j',
    (t, s) => expect(isSponsoredLetters(t, SPONSORED_LABELS)).toBe(s),
  );

  it('reads the author out of a comment label', () => {
    const prefixes = ['Comment by ', 'Reply by '];
    expect(authorFromCommentLabel('Comment by Marta Ruiz 3 hours ago', prefixes)).toBe('Marta Ruiz');
    expect(authorFromCommentLabel('Reply by Owen Price an hour ago', prefixes)).toBe('Owen Price');
    expect(authorFromCommentLabel('Comment by Lena Fischer just now', prefixes)).toBe('Lena Fischer');
    expect(authorFromCommentLabel('Photo by X', prefixes)).toBe('');
  });
});

describe('times and fallback ids', () => {
  it('turns only absolute times into ISO', () => {
    expect(parseAbsoluteTime('1772539200', null)).toBe('2026-03-03T12:00:00.000Z');
    expect(parseAbsoluteTime(null, 'Tuesday, March 3, 2026 at 12:00 PM')).toMatch(/^2026-03-0[34]T/);
    expect(parseAbsoluteTime(null, '2h')).toBeNull();
    expect(parseAbsoluteTime(null, 'Yesterday at 10:00')).toBeNull();
    expect(parseAbsoluteTime('abc', null)).toBeNull();
    expect(parseAbsoluteTime(null, 'Best coffee of 2026')).toBeNull();
    expect(parseAbsoluteTime(null, '3 March 2026 at 14:05')).toMatch(/^2026-03-0[34]T/);
    expect(parseAbsoluteTime(null, '2026-03-03 14:05')).toMatch(/^2026-03-03T/);
  });

  it('hashes author|text[0:120] stably, ignoring decoy characters and text past 120 chars', () => {
    const id = hashPostId('Northwind Coffee', 'Try the winter sampler');
    expect(id).toMatch(/^h:[0-9a-f]{8}$/);
    expect(hashPostId('Northwind Coffee', 'Try the\u200b winter  sampler')).toBe(id);
    expect(hashPostId('Other', 'Try the winter sampler')).not.toBe(id);
    const long = 'x'.repeat(120);
    expect(hashPostId('A', `${long}tail one`)).toBe(hashPostId('A', `${long}tail two`));
  });
});

describe('isOwnAuthor', () => {
  const vanity = { id: 'dana.whitfield', url: `${FB}/dana.whitfield` };
  const numeric = { id: '100001234567', url: `${FB}/profile.php?id=100001234567` };
  it.each([
    ['vanity = user id (any case)', vanity, 'Dana Whitfield', { id: 'Dana.Whitfield', profileUrl: null, name: null }, true],
    ['numeric = cookie id', numeric, 'Dana Whitfield', { id: '100001234567', profileUrl: `${FB}/dana.whitfield`, name: null }, true],
    ['vanity = id in profileUrl', vanity, 'Dana Whitfield', { id: '100001234567', profileUrl: `${FB}/dana.whitfield`, name: null }, true],
    ['other vanity', { id: 'liam.carter', url: '' }, 'Liam Carter', { id: 'dana.whitfield', profileUrl: null, name: 'Dana Whitfield' }, false],
    ['numeric author, only a vanity known: name decides', numeric, 'Dana Whitfield', { id: 'dana.whitfield', profileUrl: null, name: 'Dana Whitfield' }, true],
    ['same name but a comparable, different id', { id: 'dana.w.2', url: '' }, 'Dana Whitfield', { id: 'dana.whitfield', profileUrl: null, name: 'Dana Whitfield' }, false],
    ['no profile link', null, 'Dana Whitfield', { id: null, profileUrl: null, name: 'Dana Whitfield' }, false],
    ['no user', vanity, 'Dana Whitfield', null, false],
  ])('%s', (_label, profile, name, user, own) => expect(isOwnAuthor(profile, name, user)).toBe(own));
});
