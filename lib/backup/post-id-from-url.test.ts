import { postIdFromUrl, siteFromUrl } from './post-id-from-url';

describe('postIdFromUrl', () => {
  it.each([
    ['x', 'https://x.com/jane/status/1879000000000000001', '1879000000000000001'],
    ['x', 'https://twitter.com/jane/status/123?s=20&t=abc', '123'],
    ['x', 'https://x.com/i/web/status/456', '456'],
    ['x', 'https://mobile.twitter.com/jane/statuses/789/photo/1', '789'],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn:li:activity:7280000000000000000/', 'urn:li:activity:7280000000000000000'],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A42/?utm_source=share', 'urn:li:activity:42'],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn:li:ugcPost:99/', 'urn:li:ugcPost:99'],
    ['linkedin', 'https://www.linkedin.com/posts/jane-doe_coffee-activity-7123456789012345678-AbCd/', 'urn:li:activity:7123456789012345678'],
    [
      'linkedin',
      'https://www.linkedin.com/feed/update/urn:li:activity:42/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A42%2C77%29',
      'urn:li:comment:(activity:42,77)',
    ],
    ['facebook', 'https://www.facebook.com/northwind/posts/pfbid02abcXYZ123', 'pfbid02abcXYZ123'],
    ['facebook', 'https://www.facebook.com/permalink.php?story_fbid=1234&id=5678', '1234'],
    ['facebook', 'https://www.facebook.com/groups/111/posts/222/', '222'],
    ['facebook', 'https://www.facebook.com/groups/111/permalink/333/', '333'],
    ['facebook', 'https://www.facebook.com/photo/?fbid=444&set=a.1', '444'],
    ['facebook', 'https://www.facebook.com/groups/111/posts/222/?comment_id=555', '222_c555'],
    ['facebook', 'https://www.facebook.com/groups/111/posts/222/?comment_id=555&reply_comment_id=666', '222_c666'],
  ] as const)('%s %s → %s', (site, url, id) => {
    expect(postIdFromUrl(site, url)).toBe(id);
  });

  it('falls back to the url itself when it holds no id we know', () => {
    expect(postIdFromUrl('x', 'https://x.com/jane')).toBe('https://x.com/jane');
    expect(postIdFromUrl('facebook', 'https://www.facebook.com/watch/')).toBe('https://www.facebook.com/watch/');
    expect(postIdFromUrl('linkedin', 'not a url')).toBe('not a url');
  });
});

describe('siteFromUrl', () => {
  it.each([
    ['https://x.com/a/status/1', 'x'],
    ['https://twitter.com/a', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://m.facebook.com/story.php', 'facebook'],
    ['https://notx.com/a', null],
    ['https://example.com/x.com', null],
    ['nonsense', null],
  ] as const)('%s → %s', (url, site) => {
    expect(siteFromUrl(url)).toBe(site);
  });
});
