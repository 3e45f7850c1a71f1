/**
 * The extension's own pages on real data: after browsing a fixture page, the dashboard lists the
 * cases, the review brief renders, and the CSV exports download spreadsheets (UTF-8 with BOM).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, importBackup, launchExtension, type Session } from './harness';
import { openSitePage, waitForMarks } from './listening';

describe('dashboard, brief and CSV on real data', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
    const page = await openSitePage(s, { fixture: 'sites/x/home.html', url: 'https://x.com/home' });
    await waitForMarks(page, 10);
    await page.waitForTimeout(1500); // the content script hands its batch over within a second
    await page.close();
  });
  afterAll(() => s?.close());

  it('the dashboard lists the complaint as an open case', async () => {
    const options = await s.openPage('options.html#dashboard');
    await expect.poll(() => options.getByText(/C-\d{4}/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => options.getByRole('heading', { name: 'Mentions', exact: true }).count()).toBe(1);
    await options.close();
  });

  it('the review brief renders its sections', async () => {
    const brief = await s.openPage('brief.html?days=7');
    await brief.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    expect(await brief.getByRole('heading', { level: 1 }).innerText()).toMatch(/review brief/i);
    await expect(brief.getByRole('button', { name: 'Print or save as PDF' }).count()).resolves.toBe(1);
    await expect(brief.getByRole('button', { name: 'Copy as Markdown' }).count()).resolves.toBe(1);
    expect(await brief.locator('body').innerText()).toMatch(/never arrived|Northwind/i);
    await brief.close();
  });

  it('exports mentions as CSV with a BOM and a header row', async () => {
    const options = await s.openPage('options.html#backup');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export mentions (CSV)' }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(5);
    expect(text).toContain('https://x.com/mara_k/status/2060412900000000101');
    await options.close();
  });
});
