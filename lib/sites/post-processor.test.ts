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

/** The same adapter with the fast path (readTextRoots + mayBeOwn). */
const fastAdapter: SiteAdapter = {
  ...adapter,
  readTextRoots: (element) => (element.tagName === 'ARTICLE' ? [...element.querySelectorAll('p')] : null),
  mayBeOwn: (element) => element.dataset.own === '1',
};

function setupWith(options: { adapter?: SiteAdapter; recorded?: boolean; wantsFullRead?: () => boolean } = {}) {
  const used = options.adapter ?? adapter;
  const readPost = vi.fn(used.readPost);
  const decorated: { postId: string; status: unknown }[] = [];
  const ranges = new Map<Element, Range[]>();
  const highlighter: MentionHighlighter = {
    set: (el, r) => void ranges.set(el, r),
    clear: (el) => void ranges.delete(el),
    prune: () => {},
    dispose: () => {},
  };
  const seen: SeenPost[] = [];
  const processor = createPostProcessor({
    adapter: { ...used, readPost },
    highlighter,
    getMatcher: () => compileWatchlist(terms),
    getUser: () => null,
    getTheme: () => 'light',
    see: (s) => {
      const status = options.recorded ? { case: null, replied: false } : null;
      return Promise.resolve({ classification: classifyText(s.data.text), status, recorded: options.recorded ?? false });
    },
    onSeen: (p) => seen.push(p),
    decorateChip: (_chip, found, _seen, status) => void decorated.push({ postId: found.data.postId, status }),
    wantsFullRead: options.wantsFullRead,
  });
  // Marks land once classification answers (a promise): let it settle.
  const run = async (...elements: HTMLElement[]) => {
    for (const el of elements) processor.process(el);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { processor, run, ranges, seen, readPost, decorated };
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

describe.each([
  ['full reads', adapter],
  ['the fast path', fastAdapter],
])('post processor with %s', (_name, used) => {
  // Every test here runs with both adapters: the fast path must not change what the page shows.
  const setup = () => setupWith({ adapter: used });
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

describe('post processor fast path', () => {
  it('never reads a post in full when its text matches nothing and it cannot be own', async () => {
    const { run, readPost, seen } = setupWith({ adapter: fastAdapter });
    const quiet = article('20', 'Lovely weather for a walk');
    await run(quiet);
    await run(quiet);
    expect(readPost).not.toHaveBeenCalled();
    expect(quiet.hasAttribute('data-earshot')).toBe(false);
    expect(seen).toEqual([]);
  });

  it('reads in full what matches, what may be own, and everything while site health waits', async () => {
    const matching = setupWith({ adapter: fastAdapter });
    await matching.run(article('21', 'Northwind Coffee rocks'));
    expect(matching.readPost).toHaveBeenCalledTimes(1);
    const own = setupWith({ adapter: fastAdapter });
    await own.run(article('22', 'Lunch with the team', { own: '1' }));
    expect(own.readPost).toHaveBeenCalledTimes(1);
    expect(own.seen.map((p) => p.role)).toEqual(['own']);
    let waiting = true;
    const health = setupWith({ adapter: fastAdapter, wantsFullRead: () => waiting });
    await health.run(article('23', 'Lovely weather'));
    waiting = false;
    await health.run(article('24', 'Lovely weather again'));
    expect(health.readPost).toHaveBeenCalledTimes(1);
  });

  it('unmarks a recycled element whose new text matches nothing, without a full read', async () => {
    const { run, readPost } = setupWith({ adapter: fastAdapter });
    const el = article('25', 'Northwind Coffee is great');
    await run(el);
    el.dataset.id = '26';
    el.querySelector('p')!.textContent = 'Nothing to see here';
    await run(el);
    expect(readPost).toHaveBeenCalledTimes(1);
    expect(el.hasAttribute('data-earshot')).toBe(false);
    expect(el.querySelector('earshot-chip')).toBeNull();
  });

  it('leaves recording to the background when it stored the sighting, and hands its case state to the chip', async () => {
    const { run, seen, decorated } = setupWith({ adapter: fastAdapter, recorded: true });
    await run(article('27', 'My Northwind Coffee order never arrived'));
    expect(seen).toEqual([]);
    expect(decorated).toEqual([{ postId: '27', status: { case: null, replied: false } }]);
  });
});
