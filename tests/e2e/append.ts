import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { markedPosts } from './harness';

/** Infinite scroll: the fixture appends a brand-mentioning post; Earshot must mark it. */
export async function checkAppendedPostIsMarked(page: Page, method: 'appendPost' | 'appendTweet'): Promise<void> {
  const before = (await markedPosts(page)).filter((m) => m.earshot === 'mention').length;
  await page.evaluate((name) => (window as unknown as Record<string, Record<string, () => unknown>>).__fixture![name]!(), method);
  await expect
    .poll(async () => (await markedPosts(page)).filter((m) => m.earshot === 'mention').length, { timeout: 10_000 })
    .toBe(before + 1);
}
