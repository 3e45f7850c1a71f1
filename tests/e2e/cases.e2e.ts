/**
 * Cases end to end: a complaint on a fixture page becomes a case, the toolbar
 * badge counts open cases, Escalate prepares an e-mail (mailto checked),
 * Resolve closes cases and the badge clears.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, exportBackup, importBackup, launchExtension, workerEval, type Session } from './harness';
import { openSitePage, waitForMarks } from './listening';

const COMPLAINT = '2060412900000000101';
const badgeText = (s: Session) => workerEval(s, () => chrome.action.getBadgeText({}));
const badgeColor = (s: Session) => workerEval(s, () => chrome.action.getBadgeBackgroundColor({}));

describe('cases', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
    // An escalation contact for Billing, as the user would set it in the options.
    await workerEval(s, () =>
      chrome.storage.sync.set({
        escalation: {
          categories: [
            { name: 'Support', slaHours: 24, contactName: 'Sam Support', email: 'support@northwind.example' },
            { name: 'Billing', slaHours: 24, contactName: 'Bea Billing', email: 'billing@northwind.example' },
          ],
        },
      }),
    );
  });
  afterAll(() => s?.close());

  it('opens a case per complaint, escalates by e-mail, resolves, and the badge follows', async () => {
    const page = await openSitePage(s, { fixture: 'sites/x/home.html', url: 'https://x.com/home' });
    const marked = await waitForMarks(page, 10);
    const issues = marked.filter((m) => m.earshot === 'mention' && m.kind === 'issue').map((m) => m.id!);
    expect(issues).toContain(COMPLAINT);
    await expect.poll(() => badgeText(s), { timeout: 10_000 }).toBe(String(issues.length));

    const chip = page.locator(`[data-earshot-id="${COMPLAINT}"] earshot-chip`);
    await expect.poll(async () => chip.getByText(/^C-\d+$/).count(), { timeout: 10_000 }).toBe(1);
    await chip.getByRole('button', { name: /^Escalate/ }).click();
    await chip.getByRole('button', { name: 'Escalate to Billing' }).click();
    const draft = chip.getByRole('link', { name: 'Open e-mail to Billing' });
    await draft.waitFor({ timeout: 10_000 });
    const href = (await draft.getAttribute('href'))!;
    expect(href.startsWith('mailto:billing%40northwind.example?') || href.startsWith('mailto:billing@northwind.example?')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toMatch(/^\[Earshot C-\d+\] Billing: issue from .+ on X$/);
    expect(params.get('body')).toContain(`https://x.com/mara_k/status/${COMPLAINT}`);
    expect(href.length).toBeLessThanOrEqual(1900);
    await expect.poll(async () => chip.getByText(/· escalated$/).count()).toBe(1);
    expect(await badgeText(s)).toBe(String(issues.length)); // escalated is still not resolved

    for (const id of issues) {
      await page.locator(`[data-earshot-id="${id}"] earshot-chip`).getByRole('button', { name: /^Resolve/ }).click();
    }
    await expect.poll(() => badgeText(s), { timeout: 10_000 }).toBe('');
    expect(await badgeColor(s)).not.toEqual([217, 45, 32, 255]);

    const backup = await exportBackup(s);
    const cases = (backup.cases ?? []) as { url: string; state: string; openedAt: string; resolvedAt: string | null }[];
    expect(cases.length).toBe(issues.length);
    for (const c of cases) {
      expect(c.state).toBe('resolved');
      expect(c.resolvedAt).not.toBeNull();
    }
    await page.close();
  });
});
