import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assertSender, SenderRejectedError, sitesOf } from './sender-guard';

describe('assertSender', () => {
  const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

  it("lets our own pages and the named site's pages through", () => {
    expect(() => assertSender('caseAction', ownPage(), ['linkedin'])).not.toThrow();
    expect(() => assertSender('casesChanged', ownPage(), [], { extensionOnly: true })).not.toThrow();
    expect(() => assertSender('recordPosts', { url: 'https://x.com/home' }, ['x', 'x'])).not.toThrow();
  });

  it('throws a SenderRejectedError that names the message and the reason', () => {
    const call = () => assertSender('recordPosts', { url: 'https://x.com/home' }, ['x', 'facebook']);
    expect(call).toThrow(SenderRejectedError);
    expect(call).toThrow('Earshot refused a "recordPosts" message: a page of X (https://x.com) may not send data for Facebook.');
    expect(() => assertSender('casesChanged', { url: 'https://x.com/home' }, [], { extensionOnly: true })).toThrow(SenderRejectedError);
  });
});

describe('sitesOf', () => {
  it('reads each entry, and turns a malformed list or entry into a value no site equals', () => {
    expect(sitesOf([{ site: 'x' }, { site: 'linkedin' }], (p) => p.site)).toEqual(['x', 'linkedin']);
    expect(sitesOf([], (p: { site: string }) => p.site)).toEqual([]);
    expect(sitesOf([null as unknown as { site: string }], (p) => p.site)).toEqual([undefined]);
    expect(sitesOf('x' as unknown as { site: string }[], (p) => p.site)).toEqual([undefined]);
  });
});
