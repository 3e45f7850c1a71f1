/**
 * The listening scenario shared by the three sites' end-to-end specs: import the
 * demo watchlist, open a fixture page at its real URL, and check what product.md
 * §8 promises (marks, kinds, highlights, chips), that revisits and scrolling never
 * double count, and that posts added later (infinite scroll) are picked up.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exportBackup, markedPosts, readHighlights, waitForHighlights, type MarkedPost, type Session } from './harness';

export interface PageExpectation {
  fixture: string;
  url: string;
  /** Ids (data-earshot-id) by role; `own` posts must carry no mark; `never` lists posts that must not be mentions. */
  mention: string[];
  competitor?: string[];
  own?: string[];
  never?: string[];
  /** Kinds of some mentions (data-earshot-kind). */
  kinds?: Record<string, string>;
  /** Texts that must be among the highlights. */
  highlights: string[];
}

export async function openSitePage(session: Session, exp: Pick<PageExpectation, 'fixture' | 'url'>): Promise<Page> {
  session.serve(exp.url, exp.fixture);
  const page = await session.context.newPage();
  await page.goto(exp.url);
  return page;
}

export async function waitForMarks(page: Page, count: number, timeout = 10_000): Promise<MarkedPost[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const marked = await markedPosts(page);
    if (marked.length >= count) return marked;
    if (Date.now() > deadline) throw new Error(`Expected ≥ ${count} marked posts on ${page.url()}, found ${marked.length}`);
    await page.waitForTimeout(100);
  }
}

/** Checks marks, kinds, chips and highlights against the expectation. */
export async function checkMarks(page: Page, exp: PageExpectation): Promise<MarkedPost[]> {
  const roles = [...exp.mention, ...(exp.competitor ?? [])];
  await waitForHighlights(page, { min: exp.highlights.length });
  const marked = await waitForMarks(page, roles.length);
  const byId = new Map(marked.map((m) => [m.id, m]));
  for (const id of exp.mention) expect(byId.get(id)?.earshot, `post ${id}`).toBe('mention');
  for (const id of exp.competitor ?? []) expect(byId.get(id)?.earshot, `post ${id}`).toBe('competitor');
  // The user's own posts are recorded for the scorecard but never marked as mentions (§8).
  for (const id of exp.own ?? []) expect(byId.get(id)?.earshot, `own post ${id}`).toBeUndefined();
  for (const id of exp.never ?? []) expect(byId.get(id)?.earshot, `post ${id}`).not.toBe('mention');
  expect(marked.filter((m) => m.earshot === 'mention').length).toBe(exp.mention.length);
  for (const [id, kind] of Object.entries(exp.kinds ?? {})) expect(byId.get(id)?.kind, `kind of ${id}`).toBe(kind);
  for (const m of marked) {
    expect(m.hasChip, `chip on ${m.id}`).toBe(true);
    expect(['issue', 'question', 'praise', 'other']).toContain(m.kind);
  }
  const texts = (await readHighlights(page)).map((t) => t.replace(/\s+/g, ' ').trim());
  for (const text of exp.highlights) expect(texts).toContain(text);
  await checkHighlightsInsideMentions(page);
  await checkChipsShiftNothing(page);
  return marked;
}

/** Every highlight range lies inside a marked post (never in promoted, own or unmatched posts). */
async function checkHighlightsInsideMentions(page: Page): Promise<void> {
  const stray = await page.evaluate(() => {
    const h = CSS.highlights.get('earshot-mention');
    const out: string[] = [];
    for (const r of h ?? []) {
      const node = r.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      const owner = el?.closest('[data-earshot]');
      if (!owner || !['mention', 'competitor'].includes(owner.getAttribute('data-earshot') ?? '')) {
        out.push((r as Range).toString?.() ?? '?');
      }
    }
    return out;
  });
  expect(stray).toEqual([]);
}

/** Chips are out of the flow: removing them changes no post's size. */
async function checkChipsShiftNothing(page: Page): Promise<void> {
  const changed = await page.evaluate(() => {
    const posts = [...document.querySelectorAll<HTMLElement>('[data-earshot]')];
    const before = posts.map((p) => p.getBoundingClientRect().height);
    const chips = posts.map((p) => p.querySelector('earshot-chip') as HTMLElement | null);
    chips.forEach((c) => c && (c.style.display = 'none'));
    const after = posts.map((p) => p.getBoundingClientRect().height);
    chips.forEach((c) => c && c.style.setProperty('display', 'block', 'important'));
    const positions = chips.map((c) => (c ? getComputedStyle(c).position : 'absolute'));
    return posts.filter((_, i) => before[i] !== after[i] || positions[i] !== 'absolute').map((p) => p.dataset.earshotId);
  });
  expect(changed).toEqual([]);
}

/** Scroll to the end and back, reload, and check each mention is stored exactly once. */
export async function checkStoredOnce(session: Session, page: Page, exp: PageExpectation): Promise<void> {
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, 1500);
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, -1500);
  await page.reload();
  await waitForHighlights(page, { min: exp.highlights.length });
  // The content script batches its writes (≤ 1 s); give it time to hand them over.
  await page.waitForTimeout(1500);
  const backup = await exportBackup(session);
  const mentions = (backup.mentions ?? []) as { postId?: string; url?: string; competitor?: boolean; site?: string }[];
  const ids = mentions.map((m) => m.postId);
  for (const id of [...exp.mention, ...(exp.competitor ?? [])]) {
    expect(ids.filter((x) => x === id), `stored copies of ${id}`).toHaveLength(1);
  }
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of exp.competitor ?? []) expect(mentions.find((m) => m.postId === id)?.competitor).toBe(true);
  for (const id of exp.own ?? []) expect(ids).not.toContain(id);
  const own = ((backup.ownPosts ?? []) as { postId?: string }[]).map((p) => p.postId);
  for (const id of exp.own ?? []) expect(own, `own post ${id} in ownPosts`).toContain(id);
}
