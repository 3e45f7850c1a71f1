import {
  cleanName, commentUrl, decodeTrackingScope, matchPostUrn, normalizeProfileUrl, parseCommentUrn,
  parseCount, parseRelativeTime, postUrl, postUrnFromHref, profileSlug, urnTimestamp,
} from './parse';

/** Encodes a tracking scope exactly as the v2 page does: JSON array, payload as a UTF-8 byte array. */
const scope = (payload: object, topicName = 'FeedUpdateServedEvent'): string =>
  JSON.stringify([{ topicName, breadcrumb: { content: { type: 'Buffer', data: [...new TextEncoder().encode(JSON.stringify(payload))] } } }]);

describe('URNs and permalinks', () => {
  it('builds canonical post and comment URLs', () => {
    expect(postUrl('urn:li:activity:7261234567890123456')).toBe('https://www.linkedin.com/feed/update/urn:li:activity:7261234567890123456/');
    expect(commentUrl('urn:li:activity:1', 'urn:li:comment:(urn:li:activity:1,2)'))
      .toBe('https://www.linkedin.com/feed/update/urn:li:activity:1/?commentUrn=urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A1%2C2%29');
  });

  it('parses comment URNs for activity and ugcPost parents', () => {
    expect(parseCommentUrn('replaceableComment_urn:li:comment:(urn:li:activity:7529,7530)'))
      .toEqual({ urn: 'urn:li:comment:(urn:li:activity:7529,7530)', postUrn: 'urn:li:activity:7529', commentId: '7530' });
    expect(parseCommentUrn('urn:li:comment:(urn:li:ugcPost:11,22)')?.postUrn).toBe('urn:li:ugcPost:11');
    expect(parseCommentUrn('urn:li:activity:1')).toBeNull();
    expect(parseCommentUrn(null)).toBeNull();
  });

  it.each([
    ['https://www.linkedin.com/feed/update/urn:li:activity:7261234567890123456/', 'urn:li:activity:7261234567890123456'],
    ['/feed/update/urn%3Ali%3Aactivity%3A7261234567890123456?utm=x', 'urn:li:activity:7261234567890123456'],
    ['https://www.linkedin.com/analytics/post-summary/urn:li:activity:7261234567890123456/', 'urn:li:activity:7261234567890123456'],
    ['https://www.linkedin.com/feed/update/urn:li:ugcPost:7261234567890123000/', 'urn:li:ugcPost:7261234567890123000'],
    ['https://www.linkedin.com/posts/dana-whitfield_coffee-activity-7261234567890123456-AbCd/', 'urn:li:activity:7261234567890123456'],
    ['https://www.linkedin.com/in/dana-whitfield/', null],
    ['%E0%A4%A', null],
  ])('post URN from href %s', (href, urn) => {
    expect(postUrnFromHref(href)).toBe(urn);
  });

  it('finds a post URN inside a longer string only for post types', () => {
    expect(matchPostUrn('x urn:li:share:7261234567890123456 y')).toBe('urn:li:share:7261234567890123456');
    expect(matchPostUrn('urn:li:member:123456789')).toBeNull();
  });
});

describe('urnTimestamp (id >> 22 = ms since epoch)', () => {
  it.each([
    ['urn:li:activity:7261234567890123456', '2024-11-10T04:33:48.199Z'],
    ['7529467453199745046', '2026-11-20T08:55:31.583Z'],
    ['urn:li:comment:(urn:li:activity:7529459884213272598,7529478965753352723)', '2026-11-20T09:41:16.390Z'],
  ])('%s → %s', (urn, iso) => {
    expect(urnTimestamp(urn)).toBe(iso);
  });

  it('gives null for implausible or missing ids', () => {
    expect(urnTimestamp('urn:li:activity:123456')).toBeNull(); // 1970
    expect(urnTimestamp('urn:li:aggregate:(x)')).toBeNull();
    expect(urnTimestamp(null)).toBeNull();
  });
});

describe('decodeTrackingScope', () => {
  it('decodes the byte-array breadcrumb to the update URN', () => {
    const value = scope({ updateUrn: 'urn:li:activity:7529459884213272598', trackingId: 'abc' });
    expect(decodeTrackingScope(value)).toEqual({ updateUrn: 'urn:li:activity:7529459884213272598', commentUrn: null, sponsored: false });
  });

  it('reads comment URNs and sponsored flags (payload flag or topic name)', () => {
    expect(decodeTrackingScope(scope({ commentUrn: 'urn:li:comment:(urn:li:activity:1,2)' }, 'CommentServedEvent'))?.commentUrn)
      .toBe('urn:li:comment:(urn:li:activity:1,2)');
    expect(decodeTrackingScope(scope({ updateUrn: 'urn:li:activity:7529459884213272598', isSponsored: true }))?.sponsored).toBe(true);
    expect(decodeTrackingScope(scope({ updateUrn: 'urn:li:activity:7529459884213272598' }, 'SponsoredUpdateServedEvent'))?.sponsored).toBe(true);
    expect(decodeTrackingScope(scope({ updateUrn: 'urn:li:activity:7529459884213272598', isSponsored: false }))?.sponsored).toBe(false);
  });

  it('falls back to a regex when the payload is not valid JSON', () => {
    const bytes = [...new TextEncoder().encode('{"updateUrn":"urn:li:activity:7529459884213272598",broken')];
    const value = JSON.stringify([{ topicName: 'FeedUpdateServedEvent', breadcrumb: { content: { data: bytes } } }]);
    expect(decodeTrackingScope(value)?.updateUrn).toBe('urn:li:activity:7529459884213272598');
  });

  it.each([['not json'], ['{"a":1}'], ['[null, 1, {"breadcrumb":{"content":{"data":[999,-1]}}}]'], [''], [null]])('never throws on %s', (value) => {
    expect(() => decodeTrackingScope(value)).not.toThrow();
    expect(decodeTrackingScope(value)?.updateUrn ?? null).toBeNull();
  });
});

describe('profiles and names', () => {
  it.each([
    ['https://www.linkedin.com/in/marcus-chen-ops?miniProfileUrn=urn%3Ali%3Afs', 'https://www.linkedin.com/in/marcus-chen-ops/'],
    ['/in/dana-whitfield/', 'https://www.linkedin.com/in/dana-whitfield/'],
    ['https://www.linkedin.com/company/northwind-coffee/posts', 'https://www.linkedin.com/company/northwind-coffee/'],
    ['https://www.linkedin.com/in/dana-whitfield/recent-activity/all/', 'https://www.linkedin.com/in/dana-whitfield/'],
    ['https://evil.example/in/dana/', null],
    ['https://www.linkedin.com/feed/', null],
    [null, null],
  ])('normalises %s', (href, url) => {
    expect(normalizeProfileUrl(href)).toBe(url);
  });

  it('extracts a comparable slug', () => {
    expect(profileSlug('https://www.linkedin.com/in/Dana-Whitfield/')).toBe('dana-whitfield');
    expect(profileSlug('https://www.linkedin.com/company/northwind-coffee/')).toBeNull();
  });

  it.each([
    ['Marcus Chen • 2nd', 'Marcus Chen'],
    ['  Priya   Nair · 3rd+ ', 'Priya Nair'],
    ['Dana WhitfieldDana Whitfield', 'Dana Whitfield'],
    ['Northwind Coffee', 'Northwind Coffee'],
    ['', ''],
  ])('cleanName(%j) = %j', (raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });
});

describe('counts and relative time', () => {
  it.each([
    ['1,024', 1024],
    ['1.2K', 1200],
    ['3,4 k', 3400],
    ['5 comments', 5],
    ['87 comments on Marcus Chen’s post', 87],
    ['12 reposts', 12],
    ['1,204 impressions', 1204],
    ['2M', 2_000_000],
    ['1.024', 1024],
    ['1\u202f024', 1024],
    ['3,4 Tsd.', 3400],
    ['no digits', null],
    [null, null],
  ])('parseCount(%j) = %j', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });

  it.each([
    ['3h • ', 3 * 3_600_000],
    ['2d', 2 * 86_400_000],
    ['1mo • Edited •', 30 * 86_400_000],
    ['5yr', 5 * 31_536_000_000],
    ['45m', 45 * 60_000],
    ['Promoted', null],
    [null, null],
  ])('parseRelativeTime(%j) = %j', (text, ms) => {
    expect(parseRelativeTime(text)).toBe(ms);
  });
});
