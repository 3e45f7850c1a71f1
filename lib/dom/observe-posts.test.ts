import { observePosts } from './observe-posts';

const findPosts = (root: ParentNode): HTMLElement[] => {
  const out: HTMLElement[] = [];
  if (root instanceof HTMLElement && root.matches('article')) out.push(root);
  out.push(...root.querySelectorAll<HTMLElement>('article'));
  return out;
};

function setup(extra: { budgetMs?: number; now?: () => number } = {}) {
  document.body.replaceChildren();
  const feed = document.createElement('div');
  document.body.append(feed);
  const seen: HTMLElement[][] = [];
  const removed = vi.fn();
  const controller = new AbortController();
  const runs: (() => void)[] = [];
  observePosts(document.body, {
    findPosts,
    onPosts: (els) => seen.push(els),
    onRemoved: removed,
    ownTag: 'earshot-chip',
    signal: controller.signal,
    defer: (run) => runs.push(run),
    ...extra,
  });
  const drain = async () => {
    await new Promise((r) => setTimeout(r, 0));
    runs.splice(0).forEach((r) => r());
  };
  return { feed, seen, removed, drain, controller, runs };
}

describe('observePosts', () => {
  it('reports posts appended later (infinite scroll)', async () => {
    const { feed, seen, drain } = setup();
    const cell = document.createElement('div');
    cell.append(document.createElement('article'));
    feed.append(cell);
    await drain();
    expect(seen.flat()).toHaveLength(1);
  });

  it('re-reports a known post whose content changed in place (recycled element)', async () => {
    const { feed, seen, drain } = setup();
    const article = document.createElement('article');
    const text = document.createElement('span');
    text.textContent = 'first';
    article.append(text);
    feed.append(article);
    await drain();
    text.textContent = 'second';
    await drain();
    expect(seen.flat().filter((el) => el === article)).toHaveLength(2);
  });

  it('ignores insertion of our own chip', async () => {
    const { feed, seen, drain } = setup();
    const article = document.createElement('article');
    feed.append(article);
    await drain();
    article.prepend(document.createElement('earshot-chip'));
    await drain();
    expect(seen.flat()).toHaveLength(1);
  });

  it('tells when content leaves the page and stops when aborted', async () => {
    const { feed, removed, drain, controller, seen } = setup();
    const article = document.createElement('article');
    feed.append(article);
    await drain();
    article.remove();
    await drain();
    expect(removed).toHaveBeenCalled();
    controller.abort();
    feed.append(document.createElement('article'));
    await drain();
    expect(seen.flat()).toHaveLength(1);
  });

  it('sorts a huge mutation batch in budgeted slices and still reports every post', async () => {
    let clock = 0;
    // Every look at the clock costs 1 ms: a slice may look 8 times before its 8 ms are spent.
    const { feed, seen, runs } = setup({ budgetMs: 8, now: () => clock++ });
    const articles = Array.from({ length: 3000 }, () => document.createElement('article'));
    for (const article of articles) feed.append(article); // 3,000 records in one callback
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(0); // the callback only queued them
    let slices = 0;
    while (runs.length > 0) {
      const before = clock;
      runs.splice(0).forEach((r) => r());
      expect(clock - before).toBeLessThanOrEqual(10); // the budget, plus the look that found it spent
      slices += 1;
    }
    expect(slices).toBeGreaterThan(3);
    expect(new Set(seen.flat())).toEqual(new Set(articles));
  });

  it('keeps records that arrive while earlier ones wait, in order', async () => {
    const { feed, seen, drain } = setup();
    const first = document.createElement('article');
    feed.append(first);
    await new Promise((r) => setTimeout(r, 0));
    first.remove(); // queued before the first drain ran: the post is gone by then
    const second = document.createElement('article');
    feed.append(second);
    await drain();
    expect(seen.flat()).toEqual([second]);
  });
});
