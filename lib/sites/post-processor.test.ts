import { classifyText } from '../classify/classify';
import { compileWatchlist } from '../matching';
import type { MentionHighlighter } from '../highlight/mention-highlight';
import type { SeenPost } from '../messaging/protocol';
import type { Term } from '../model/types';
import { createPostProcessor } from './post-processor';
import type { SiteAdapter } from './types';

const terms: Term[] = [
  { id: '1', text: 'Northwind Coffee', kind: 'brand', exclude: ['Northwind Coffee Table'] },
  { id: '2', text: 'Southbay Roasters', kind: 'competitor', exclude: [] },
];

/** A minimal adapter over <article data-id data-own data-ad><p>text</p></article>. */
const adapter: SiteAdapter = {
  site: 'x',
  matchesHost: () => true,
  findPostElements: (root) => [...root.querySelectorAll<HTMLElement>('article')],
  readPost: (element) =>
    element.dataset.id
      ? {
          element,
          textRoots: [...element.querySelectorAll('p')],
          chipHost: element,
          data: {
            site: 'x', postId: element.dataset.id, url: null, author: 'A', handle: 'a', postedAt: null,
            isComment: false, isOwn: element.dataset.own === '1', isPromoted: element.dataset.ad === '1',
          },
        }
      : null,
  readCurrentUser: () => null,
  expectsPosts: () => true,
};

function setup() {
  const ranges = new Map<Element, Range[]>();
  const highlighter: MentionHighlighter = {
    set: (el, r) => void ranges.set(el, r),
    clear: (el) => void ranges.delete(el),
    prune: () => {},
    dispose: () => {},
  };
  const seen: SeenPost[] = [];
  const processor = createPostProcessor({
    adapter,
    highlighter,
    getMatcher: () => compileWatchlist(terms),
    getUser: () => null,
    getTheme: () => 'light',
    classify: (text) => Promise.resolve(classifyText(text)),
    onSeen: (p) => seen.push(p),
  });
  // Marks land once classification answers (a promise): let it settle.
  const run = async (...elements: HTMLElement[]) => {
    for (const el of elements) processor.process(el);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { processor, run, ranges, seen };
}

function article(id: string, text: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('article');
  el.dataset.id = id;
  Object.assign(el.dataset, attrs);
  const p = document.createElement('p');
  p.textContent = text;
  el.append(p);
  document.body.append(el);
  return el;
}

describe('post processor', () => {
  it('marks a mention, highlights each occurrence and adds a chip with an open shadow root', async () => {
    const { run, ranges, seen } = setup();
    const el = article('1', 'My Northwind Coffee order never arrived. Northwind Coffee, help!');
    await run(el);
    expect(el.dataset.earshot).toBe('mention');
    expect(el.dataset.earshotKind).toBe('issue');
    expect(ranges.get(el)?.map((r) => r.toString())).toEqual(['Northwind Coffee', 'Northwind Coffee']);
    const chip = el.querySelector('earshot-chip');
    expect(chip?.shadowRoot?.textContent).toContain('Issue');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.role).toBe('mention');
  });

  it('marks competitor-only posts as competitor', async () => {
    const { run, seen } = setup();
    const el = article('2', 'Southbay Roasters has a new blend');
    await run(el);
    expect(el.dataset.earshot).toBe('competitor');
    expect(seen[0]?.role).toBe('competitor');
  });

  it('never marks promoted posts and marks own posts as own without highlights', async () => {
    const { run, ranges, seen } = setup();
    const ad = article('3', 'Northwind Coffee sale', { ad: '1' });
    const own = article('4', 'Proud of the Northwind Coffee team', { own: '1' });
    await run(ad);
    await run(own);
    expect(ad.hasAttribute('data-earshot')).toBe(false);
    // Own posts are recorded for the scorecard, not marked (the chip's actions are for others' posts).
    expect(own.hasAttribute('data-earshot')).toBe(false);
    expect(own.querySelector('earshot-chip')).toBeNull();
    expect(ranges.get(own) ?? []).toEqual([]);
    expect(seen.map((s) => s.role)).toEqual(['own']);
  });

  it('drops only the occurrence an exclusion covers', async () => {
    const { run, ranges } = setup();
    const el = article('5', 'My Northwind Coffee Table broke');
    await run(el);
    expect(el.hasAttribute('data-earshot')).toBe(false);
    expect(ranges.get(el)).toBeUndefined();
  });

  it('is idempotent and follows a recycled element to its new post', async () => {
    const { run, seen } = setup();
    const el = article('6', 'Northwind Coffee is great');
    await run(el);
    await run(el);
    expect(seen).toHaveLength(1);
    el.dataset.id = '7';
    el.querySelector('p')!.textContent = 'Nothing to see here';
    await run(el);
    expect(el.hasAttribute('data-earshot')).toBe(false);
    expect(el.querySelector('earshot-chip')).toBeNull();
  });

  it('shows hostile text as text: no element is created from it', async () => {
    const { run } = setup();
    const el = article('8', '<img src=x onerror=alert(1)> Northwind Coffee');
    await run(el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('earshot-chip')?.shadowRoot?.querySelector('img')).toBeNull();
  });

  it('still records a mention whose element was recycled before classification answered', async () => {
    const { processor, seen } = setup();
    const el = article('9', 'My Northwind Coffee order never arrived');
    processor.process(el);
    // X re-fills the cell with another tweet before the classify promise resolves.
    el.dataset.id = '10';
    el.querySelector('p')!.textContent = 'Nothing to see here';
    processor.process(el); // the observer reports the re-filled cell
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.map((p) => p.data.postId)).toEqual(['9']);
    expect(el.hasAttribute('data-earshot')).toBe(false);
  });
});
