/**
 * The live-page cases: infinite scroll, X's in-place recycling, virtualisation, skeletons,
 * hostile or half-rendered articles, and a restyled layout.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../../dom/extract-text';
import type { CurrentUser } from '../types';
import { xAdapter } from './adapter';

const DANA: CurrentUser = { id: 'dana_ceo', profileUrl: 'https://x.com/dana_ceo', name: null };
type Fixture = { appendTweet(o?: object): string; recycleFirst(o?: object): string | null; removeFirst(): string | null };

/** Loads home.html and runs its inline fixture script (innerHTML never runs scripts). */
function loadHome(): Fixture {
  const html = readFileSync(resolve('tests/fixtures/sites/x/home.html'), 'utf8');
  const { happyDOM } = window as unknown as { happyDOM: { setURL(u: string): void } };
  happyDOM.setURL('https://x.com/home');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>[\s\S]*$/, '');
  new Function(document.querySelector('body > script')!.textContent!)();
  return (window as unknown as { __fixture: Fixture }).__fixture;
}

const ids = (): string[] => xAdapter.findPostElements(document).map((el) => xAdapter.readPost(el, DANA)?.data.postId ?? '?');
const text = (el: HTMLElement): string => extractText(xAdapter.readPost(el, DANA)!.textRoots, { skip: xAdapter.textSkip, inline: xAdapter.textInline }).text;

describe('a live timeline', () => {
  it('infinite scroll: appended cells are found and read', () => {
    const fx = loadHome();
    const before = ids();
    const id = fx.appendTweet();
    expect(ids()).toEqual([...before, id]);
    const last = xAdapter.findPostElements(document).at(-1)!;
    expect(text(last)).toContain('Northwind Coffee');
    // A mutation root can be the new cell itself.
    expect(xAdapter.findPostElements(last.closest('[data-testid="cellInnerDiv"]')!)).toEqual([last]);
  });

  it('recycling: the same article element, re-rendered, reads as the new tweet', () => {
    const fx = loadHome();
    const article = xAdapter.findPostElements(document)[0]!;
    expect(xAdapter.readPost(article, DANA)!.data.postId).toBe('2060412900000000101');
    const id = fx.recycleFirst({ handle: 'late_larry', name: 'Larry Late' })!;
    expect(xAdapter.findPostElements(document)[0]).toBe(article);
    const found = xAdapter.readPost(article, DANA)!;
    expect(found.data).toMatchObject({ postId: id, handle: 'late_larry', author: 'Larry Late', url: `https://x.com/late_larry/status/${id}` });
    expect(text(article)).toBe('Northwind Coffee delivery was late again, third time this month.');
  });

  it('virtualisation: removed cells disappear, the rest stay readable', () => {
    const fx = loadHome();
    const before = ids();
    expect(fx.removeFirst()).toBe(before[0]);
    expect(ids()).toEqual(before.slice(1));
  });

  it('layout changed: rotated classes and no data-testid="tweet" still work via role=article + User-Name', () => {
    loadHome();
    const before = xAdapter.findPostElements(document).map((el) => xAdapter.readPost(el, DANA)!.data);
    let n = 0;
    for (const el of document.querySelectorAll('[class]')) el.setAttribute('class', `css-g5y9jx r-${(n++).toString(36)}`);
    for (const el of document.querySelectorAll('article[data-testid="tweet"]')) el.removeAttribute('data-testid');
    expect(document.querySelector('article[data-testid="tweet"]')).toBeNull();
    const after = xAdapter.findPostElements(document).map((el) => xAdapter.readPost(el, DANA)!.data);
    expect(after).toEqual(before);
  });
});

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.replaceChildren(host);
  return host.firstElementChild as HTMLElement;
}

describe('skeletons and hostile markup', () => {
  it('a still-loading skeleton article is found but reads as null', () => {
    const el = html('<article data-testid="tweet" role="article" tabindex="0"><div><div role="progressbar"></div></div></article>');
    expect(xAdapter.findPostElements(el)).toEqual([el]);
    expect(xAdapter.readPost(el, DANA)).toBeNull();
  });

  it('a quoted tweet alone never gives an id', () => {
    const el = html('<article data-testid="tweet"><div data-testid="User-Name"></div><div role="link" tabindex="0"><a href="/q/status/5"><time datetime="2026-01-01T00:00:00Z">1h</time></a></div></article>');
    expect(xAdapter.readPost(el, DANA)).toBeNull();
  });

  it.each([
    ['no text, bad time, garbage labels', '<article data-testid="tweet"><div data-testid="User-Name"><a href="/x_y/status/12"><time datetime="yesterday">?</time></a></div><div role="group" aria-label="NaN replies, ∞ likes"><button data-testid="like" aria-label="Like"></button></div></article>'],
    ['permalink to a reserved path', '<article data-testid="tweet"><div data-testid="User-Name"><a href="/home/status/99"><time></time></a></div></article>'],
    ['i/web permalink, no handle anywhere', '<article data-testid="tweet"><div data-testid="User-Name"><a href="/i/web/status/77"><time datetime="2026-01-01T00:00:00Z"></time></a></div></article>'],
  ])('%s: reads what it can without throwing', (_name, markup) => {
    const found = xAdapter.readPost(html(markup), DANA)!;
    expect(found.textRoots).toEqual([]);
    expect(found.data.postedAt === null || /Z$/.test(found.data.postedAt)).toBe(true);
    expect(found.data.url).toMatch(/^https:\/\/x\.com\/(x_y|i\/web)\/status\/(12|77|99)$/);
  });

  it('returns null/[] instead of throwing on nonsense', () => {
    const notTweet = html('<div><span>hello</span></div>');
    expect(xAdapter.readPost(notTweet, DANA)).toBeNull();
    expect(xAdapter.findPostElements(notTweet)).toEqual([]);
    const broken = html('<article data-testid="tweet"><a href="/status/"><time></time></a><a href="http://[bad"></a></article>');
    expect(() => xAdapter.readPost(broken, DANA)).not.toThrow();
    expect(xAdapter.readPost(broken, DANA)).toBeNull();
    const deep = html(`<article data-testid="tweet">${'<div role="link" tabindex="0">'.repeat(300)}x${'</div>'.repeat(300)}</article>`);
    expect(xAdapter.readPost(deep, DANA)).toBeNull();
    expect(xAdapter.readCurrentUser(document)).toBeNull();
  });

  it('an unavailable quoted tweet rendered as a nested article stays part of its outer tweet', () => {
    const el = html('<article data-testid="tweet"><div data-testid="User-Name"><a href="/a/status/1"><time datetime="2026-01-01T00:00:00Z"></time></a></div><article role="article"><div data-testid="User-Name"></div>This post is unavailable.</article></article>');
    expect(xAdapter.findPostElements(document.body)).toEqual([el]);
  });
});
