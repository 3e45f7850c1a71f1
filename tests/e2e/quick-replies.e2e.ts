/**
 * Quick replies end to end, through the chip: on each site's fixture with the site's real editor
 * library, "Reply" on a complaint opens that post's reply box and inserts the suggested template
 * (author's first name filled in) so the editor's own state holds it and the site's submit button
 * enables; the user's submit (a click, or Enter on Facebook) records exactly one reply.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, exportBackup, importBackup, launchExtension, workerEval, type Session } from './harness';
import { openSitePage } from './listening';

interface Case {
  fixture: string;
  url: string;
  postId: string;
  /** How the user posts the reply on this site. */
  submit: { click: string } | { enter: true };
  template?: string;
}

const CASES: Record<string, Case> = {
  'X (Draft.js reply modal)': {
    fixture: 'sites/x/home.html', url: 'https://x.com/home', postId: '2060412900000000101',
    submit: { click: '#layers [role="dialog"] [data-testid="tweetButton"]' },
  },
  'LinkedIn, new UI (TipTap)': {
    fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/', postId: 'urn:li:activity:7529459884213272598',
    submit: { click: '[data-earshot-id="urn:li:activity:7529459884213272598"] button[data-view-name="comment-post"]' },
  },
  'LinkedIn, legacy UI (Quill 1)': {
    fixture: 'sites/linkedin/feed-v1.html', url: 'https://www.linkedin.com/in/dana-whitfield/recent-activity/all/',
    postId: 'urn:li:activity:7529106072937656617',
    submit: { click: '[data-earshot-id="urn:li:activity:7529106072937656617"] .comments-comment-box__submit-button--cr' },
  },
  'Facebook (Lexical, Enter posts)': {
    fixture: 'sites/facebook/feed-modern.html', url: 'https://www.facebook.com/',
    postId: 'pfbid0Yk7Qw3JmN8sTbR2vXc5LhGp9aDfE4uZ1oKiWnPq6rMxHyBtVeSgA2Cz1l', submit: { enter: true },
  },
};

/** Every live fixture editor's own model text (main world), non-empty ones only. */
function editorTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const api = (window as unknown as { __earshotEditors?: { instances: WeakMap<Element, unknown>; getText(c: Element): string } }).__earshotEditors;
    if (!api) return [];
    return [...document.querySelectorAll('*')].filter((el) => api.instances.has(el)).map((el) => api.getText(el)).filter((t) => t.trim() !== '');
  });
}

const submissions = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __earshotSubmissions?: { text: string }[] }).__earshotSubmissions ?? []).length);

describe('quick replies through the chip', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
    await workerEval(s, () =>
      chrome.storage.sync.set({ profile: { brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', myName: 'Dana Whitfield', onboarded: true } }),
    );
  });
  afterAll(() => s?.close());

  it.each(Object.keys(CASES))('%s: Reply inserts the template, the submit records one reply', async (name) => {
    const c = CASES[name]!;
    const page = await openSitePage(s, c);
    const chip = page.locator(`[data-earshot-id="${c.postId}"] > earshot-chip`);
    const reply = chip.getByRole('button', { name: /^Reply/ });
    await expect.poll(() => reply.getAttribute('aria-label'), { timeout: 10_000 }).toBe('Reply with “Sorry + DM”');
    await reply.click();

    await expect.poll(() => editorTexts(page), { timeout: 10_000 }).toHaveLength(1);
    const [text] = await editorTexts(page);
    expect(text).toMatch(/^Hi \p{L}+, I'm sorry about this\. Please DM us your order number and we'll fix it today\. – Dana Whitfield$/u);
    expect(text).not.toContain('{{');
    await expect.poll(() => chip.getByText(/^Inserted “Sorry \+ DM”/).count()).toBe(1);

    const backup0 = await exportBackup(s);
    const mention = (backup0.mentions as { postId: string; author: string; url: string }[]).find((m) => m.postId === c.postId)!;
    expect(text!.startsWith(`Hi ${mention.author.split(/\s+/)[0]},`)).toBe(true);

    if ('click' in c.submit) {
      const submit = page.locator(c.submit.click).first();
      await expect.poll(async () => (await submit.getAttribute('aria-disabled')) !== 'true' && (await submit.isEnabled())).toBe(true);
      await submit.click();
    } else {
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => submissions(page), { timeout: 5_000 }).toBe(1);

    await expect
      .poll(async () => ((await exportBackup(s)).replies as { url: string }[]).filter((r) => r.url === mention.url).length, { timeout: 10_000 })
      .toBe(1);
    const replies = (await exportBackup(s)).replies as { site: string; url: string; template: string | null; repliedAt: string }[];
    const recorded = replies.find((r) => r.url === mention.url)!;
    expect(recorded.template).toBe('Sorry + DM');
    expect(Number.isNaN(Date.parse(recorded.repliedAt))).toBe(false);
    await page.close();
  });

  it('the picker lists every template by name and inserts the chosen one (keyboard only)', async () => {
    const page = await openSitePage(s, { fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/' });
    const chip = page.locator('[data-earshot-id="urn:li:activity:7529432758797301723"] > earshot-chip');
    await chip.getByRole('button', { name: 'Choose a reply template' }).click();
    for (const t of DEMO_BACKUP.templates as { name: string }[]) await expect.poll(() => chip.getByRole('option', { name: t.name }).count()).toBe(1);
    await page.keyboard.type('answer');
    await page.keyboard.press('Enter');
    await expect.poll(() => editorTexts(page), { timeout: 10_000 }).toHaveLength(1);
    expect((await editorTexts(page))[0]).toMatch(/^Hi \p{L}+, good question!/u);
    await page.close();
  });

  it('a variable with no value yet renders empty, the chip says so, and the reply still goes in', async () => {
    await workerEval(s, () =>
      chrome.storage.sync.set({ profile: { brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', myName: '', onboarded: true } }),
    );
    const page = await openSitePage(s, { fixture: 'sites/x/home.html', url: 'https://x.com/home' });
    const chip = page.locator('[data-earshot-id="2060412900000000101"] > earshot-chip');
    await chip.getByRole('button', { name: /^Reply/ }).click();
    await expect.poll(() => editorTexts(page), { timeout: 10_000 }).toHaveLength(1);
    const [text] = await editorTexts(page);
    expect(text).toMatch(/fix it today\.$/);
    expect(text).not.toContain('{{');
    await expect.poll(() => chip.getByText(/\{\{my_name\}\} is empty/).count()).toBe(1);
    await page.close();
  });

  it('the keyboard shortcut opens the picker in a reply box the user opened, and inserts the choice', async () => {
    const page = await openSitePage(s, { fixture: 'sites/x/home.html', url: 'https://x.com/home' });
    await page.locator('[data-earshot-id="2060412900000000102"] [data-testid="reply"]').first().click(); // the site's own Reply
    const box = page.locator('#layers [role="dialog"] [data-testid="tweetTextarea_0"]');
    await box.waitFor({ timeout: 10_000 });
    await box.click();
    // What the background does on the manifest command (Alt+Shift+R): message the active tab's content script.
    await workerEval(s, async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
      // eslint-disable-next-line no-restricted-syntax -- the test stands in for the background: it sends the protocol's own message shape
      await chrome.tabs.sendMessage(tab!.id!, { id: 1, type: 'openTemplatePicker', data: undefined, timestamp: Date.now() });
    });
    const picker = page.locator('earshot-picker');
    await picker.getByRole('combobox', { name: 'Search templates' }).waitFor({ timeout: 10_000 });
    await page.keyboard.type('sorry');
    await page.keyboard.press('Enter');
    await expect.poll(() => editorTexts(page), { timeout: 10_000 }).toHaveLength(1);
    expect((await editorTexts(page))[0]).toMatch(/I'm sorry about this/);
    await expect.poll(() => picker.count()).toBe(0);
    await page.close();
  });
});
