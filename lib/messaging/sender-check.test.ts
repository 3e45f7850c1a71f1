import { checkSender, type MessageSenderInfo } from './sender-check';

const own = { baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/', id: 'abcdefghijklmnopabcdefghijklmnop' };
const page = (url: string): MessageSenderInfo => ({ id: own.id, url, tab: { url } });

describe('checkSender', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/NorthwindCoffee/status/1', 'x'],
    ['https://mobile.twitter.com/search?q=a', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://web.facebook.com/groups/northwindfans/', 'facebook'],
  ] as const)('a content script on %s may send data for %s', (url, site) => {
    expect(checkSender(page(url), [site], own)).toEqual({ ok: true, from: site });
    expect(checkSender(page(url), [site, site], own)).toEqual({ ok: true, from: site });
    // A message naming no site (escalation categories) is fine from any of our sites.
    expect(checkSender(page(url), [], own)).toEqual({ ok: true, from: site });
  });

  it.each([
    ['https://x.com/home', 'linkedin'],
    ['https://x.com/home', 'facebook'],
    ['https://www.linkedin.com/feed/', 'x'],
    ['https://www.facebook.com/', 'linkedin'],
  ] as const)('a content script on %s may not send data for %s', (url, site) => {
    const verdict = checkSender(page(url), [site], own);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/may not send data for (X|LinkedIn|Facebook)$/);
  });

  it('refuses a batch with one post of another site, and entries that name no known site', () => {
    expect(checkSender(page('https://x.com/home'), ['x', 'x', 'linkedin'], own).ok).toBe(false);
    for (const bad of [undefined, null, 'X', 'twitter', '', 42, { site: 'x' }]) {
      expect(checkSender(page('https://x.com/home'), ['x', bad], own).ok).toBe(false);
    }
  });

  it.each([
    'https://evil.example/',
    'http://x.com/home', // the content scripts run on https only
    'https://x.com:8443/home',
    'https://www.x.com.evil.example/',
    'https://linkedin.com.evil.example/feed/',
    'https://m.facebook.com/', // no content script there
    'https://evil.example/chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
    'not a url',
  ])('refuses a page that is not one of our sites: %s', (url) => {
    const verdict = checkSender(page(url), [], own);
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/is not one of Earshot's sites$/) });
  });

  it("accepts our own pages and worker for any site, and only them for extension-only messages", () => {
    for (const url of [`${own.baseUrl}options.html#dashboard`, `${own.baseUrl}popup.html`, `${own.baseUrl}background.js`]) {
      const sender: MessageSenderInfo = { id: own.id, url };
      expect(checkSender(sender, ['x', 'linkedin', 'facebook'], own)).toEqual({ ok: true, from: 'extension' });
      expect(checkSender(sender, [], own, { extensionOnly: true })).toEqual({ ok: true, from: 'extension' });
    }
    expect(checkSender(page('https://x.com/home'), [], own, { extensionOnly: true })).toEqual({
      ok: false,
      reason: "only Earshot's own pages may send it, not https://x.com",
    });
    // Firefox: moz-extension://<uuid>/, and a base URL given without its trailing slash.
    const moz = { baseUrl: 'moz-extension://1b2c3d4e-0000-4000-8000-000000000000' };
    expect(checkSender({ url: 'moz-extension://1b2c3d4e-0000-4000-8000-000000000000/options.html' }, ['x'], moz).ok).toBe(true);
  });

  it("does not mistake another extension (or a look-alike prefix) for ours", () => {
    expect(checkSender({ id: 'otherextensionid', url: `${own.baseUrl}options.html` }, ['x'], own).ok).toBe(false);
    expect(checkSender(page(`${own.baseUrl.slice(0, -1)}x/options.html`), ['x'], own).ok).toBe(false);
    expect(checkSender(page('chrome-extension://otherextensionid/options.html'), ['x'], own).ok).toBe(false);
  });

  it('reads the frame URL, and the tab URL only when the frame URL is missing', () => {
    // An x.com page's message still in flight while its tab already shows LinkedIn.
    expect(checkSender({ id: own.id, url: 'https://x.com/home', tab: { url: 'https://www.linkedin.com/feed/' } }, ['x'], own).ok).toBe(true);
    expect(checkSender({ id: own.id, tab: { url: 'https://www.linkedin.com/feed/' } }, ['linkedin'], own).ok).toBe(true);
    expect(checkSender({ id: own.id }, [], own).ok).toBe(false);
    expect(checkSender(undefined, [], own).ok).toBe(false);
  });

  it('names only the origin of the page in its reason, never its path or query', () => {
    const verdict = checkSender(page('https://x.com/messages/secret?token=abc'), ['linkedin'], own);
    expect(verdict).toEqual({ ok: false, reason: 'a page of X (https://x.com) may not send data for LinkedIn' });
  });
});
