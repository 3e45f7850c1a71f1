import { searchUrls } from './search-urls';

describe('searchUrls', () => {
  it('builds the three sites’ newest-first searches for brand and handle', () => {
    expect(searchUrls({ brandName: 'Northwind Coffee', handle: '@NorthwindCoffee' })).toEqual([
      { site: 'x', url: 'https://x.com/search?q=%22Northwind%20Coffee%22%20OR%20%40NorthwindCoffee&f=live' },
      {
        site: 'linkedin',
        url: 'https://www.linkedin.com/search/results/content/?keywords=Northwind%20Coffee&sortBy=%22date_posted%22',
      },
      { site: 'facebook', url: 'https://www.facebook.com/search/posts/?q=Northwind%20Coffee' },
    ]);
  });

  it('a one-word brand is not quoted; the handle gets exactly one @', () => {
    const [x] = searchUrls({ brandName: 'Acme', handle: '@@acme ' });
    expect(new URL(x!.url).searchParams.get('q')).toBe('Acme OR @acme');
  });

  it('falls back to the handle (without @) when there is no brand, and to nothing without either', () => {
    const urls = searchUrls({ brandName: '  ', handle: 'acme' });
    expect(urls.map((u) => u.url)).toEqual([
      'https://x.com/search?q=%40acme&f=live',
      'https://www.linkedin.com/search/results/content/?keywords=acme&sortBy=%22date_posted%22',
      'https://www.facebook.com/search/posts/?q=acme',
    ]);
    expect(searchUrls({ brandName: 'Acme', handle: '' })[0]!.url).toBe('https://x.com/search?q=Acme&f=live');
    expect(searchUrls({ brandName: '', handle: '@' })).toEqual([]);
  });

  it('encodes characters that would break the query or the URL', () => {
    const urls = searchUrls({ brandName: 'A&B #1 "best" ?x=1', handle: '' });
    for (const { url } of urls) {
      expect(url).not.toMatch(/[#\s"]|&B|\?x=/);
      expect(new URL(url).origin).toMatch(/^https:\/\/(x|www\.linkedin|www\.facebook)\.com$/);
    }
    const fb = new URL(urls[2]!.url);
    expect(fb.searchParams.get('q')).toBe('A&B #1 "best" ?x=1');
    // Quotes inside a several-word brand are dropped so the phrase stays one phrase.
    expect(new URL(urls[0]!.url).searchParams.get('q')).toBe('"A&B #1 best ?x=1"');
  });
});
