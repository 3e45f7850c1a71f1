/**
 * Backup import/export through the options page, exactly as product.md §8 words it:
 * the "Import backup" file input, an optional Import…/Replace… confirmation,
 * the "Export backup" download, all-or-nothing import of a bad file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, exportBackup, importBackup, launchExtension, type Backup, type Session } from './harness';

const byText = <T extends { text: string }>(a: T[] = []) => [...a].sort((x, y) => x.text.localeCompare(y.text));
const byName = <T extends { name: string }>(a: T[] = []) => [...a].sort((x, y) => x.name.localeCompare(y.name));

/** The data sections of an export (every array at the top level), without timestamps of the export itself. */
const sections = (b: Backup) => Object.fromEntries(Object.entries(b).filter(([, v]) => Array.isArray(v)));

describe('backup import/export', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports the demo backup and exports the same terms and templates', async () => {
    await importBackup(s, DEMO_BACKUP);
    const out = await exportBackup(s);
    expect(out.format).toBe('earshot-backup');
    expect(out.version).toBeGreaterThanOrEqual(1);
    // Import replaces the sections it carries, so the export holds exactly the demo's.
    expect(byText(out.terms).map((t) => ({ text: t.text, kind: t.kind, exclude: t.exclude ?? [] }))).toEqual(
      byText(DEMO_BACKUP.terms).map((t) => ({ text: t.text, kind: t.kind, exclude: t.exclude ?? [] })),
    );
    expect(byName(out.templates).map(({ name, category, body }) => ({ name, category, body }))).toEqual(
      byName(DEMO_BACKUP.templates),
    );
    expect(Array.isArray(out.mentions)).toBe(true);
  });

  it('refuses a broken file with an alert and changes nothing', async () => {
    const before = await exportBackup(s);
    const truncated = JSON.stringify(DEMO_BACKUP).slice(0, 120);
    expect(await importBackup(s, truncated, { expect: 'error', fileName: 'broken.json' })).not.toBe('');
    // Valid JSON, invalid content: one bad term must reject the whole file (validate first, then write).
    const badKind = { ...DEMO_BACKUP, terms: [...(DEMO_BACKUP.terms ?? []), { text: 'Oops', kind: 'nonsense' }] };
    expect(await importBackup(s, badKind, { expect: 'error', fileName: 'bad-kind.json' })).not.toBe('');
    const after = await exportBackup(s);
    expect(sections(after)).toEqual(sections(before));
  });

  it('a file with only some sections replaces those and keeps the rest', async () => {
    const only = { format: 'earshot-backup', version: 1, templates: [DEMO_BACKUP.templates![0]!] };
    await importBackup(s, only);
    const out = await exportBackup(s);
    expect(out.templates?.map((t) => t.name)).toEqual(['Sorry + DM']);
    expect(byText(out.terms).map((t) => t.text)).toEqual(byText(DEMO_BACKUP.terms).map((t) => t.text));
  });
});
