/**
 * Import fuzzing (product.md §6: a bad file gets a clear message and changes
 * nothing). Starting from a real export of a database holding every section,
 * fast-check mutates the file (dropped, duplicated and reordered keys, wrong
 * types, truncation, random Unicode, huge numbers, prototype keys, nested
 * garbage). Every mutant is either
 * - rejected with a non-empty, human-readable message, the database
 *   byte-for-byte as before (a full export compared before/after), or
 * - accepted: applyBackup writes every section the file holds, and the export
 *   that follows re-imports to the very same export.
 * Fixed seed, so a failure reproduces; fast-check prints the shrunk mutant.
 */
import fc from 'fast-check';
import { exportBackup, serializeBackup } from '@/lib/backup/export-backup';
import { applyBackup, parseBackup, type ParsedBackup } from '@/lib/backup/import-backup';
import { openDb, type EarshotDb } from '@/lib/db/schema';
import { mutate, mutation, type Json } from './backup-mutations';

const SEED = 20250131;
const RUNS = 1000;
const NOW = new Date('2025-03-01T12:00:00.000Z');

/** A database as a user would have it after a few weeks: every section of the format. */
const SOURCE = {
  format: 'earshot-backup',
  version: 1,
  exportedAt: '2025-02-01T08:00:00.000Z',
  terms: [
    { id: 't1', text: 'Northwind Coffee', kind: 'brand', exclude: ['Northwind Coffee Table'] },
    { id: 't2', text: '@NorthwindCoffee', kind: 'handle', exclude: [] },
    { id: 't3', text: 'Southbay Roasters', kind: 'competitor', exclude: [], caseSensitive: true },
  ],
  templates: [
    { id: 'p1', name: 'Sorry + DM', category: 'issue', body: 'Hi {{first_name}}, sorry! DM {{handle}}. – {{my_name}}', site: null },
    { id: 'p2', name: 'Thanks', category: 'praise', body: 'Thank you! – {{my_name}}', site: 'x' },
  ],
  mentions: [
    {
      site: 'x', url: 'https://x.com/jane/status/1', postId: '1', author: 'Jane Doe', handle: 'jane', text: 'Love Northwind Coffee ☕',
      kind: 'praise', terms: ['Northwind Coffee'], postedAt: '2025-01-31T09:00:00.000Z', firstSeenAt: '2025-01-31T10:00:00.000Z',
      lastSeenAt: '2025-01-31T11:00:00.000Z', competitor: false, sentiment: 0.8, urgency: 0, reasons: ['praise: "love"'], isComment: false,
      parentPostId: null,
    },
    {
      site: 'linkedin', url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/', postId: 'urn:li:activity:2', author: 'Ann Lee',
      handle: 'https://www.linkedin.com/in/annlee', text: 'My Northwind Coffee order never arrived', kind: 'issue', terms: ['Northwind Coffee'],
      postedAt: null, firstSeenAt: '2025-01-30T10:00:00.000Z', competitor: false, sentiment: -0.6, urgency: 0.4,
      reasons: ['issue: "never arrived"'], isComment: false,
    },
    {
      site: 'facebook', url: 'https://www.facebook.com/groups/9/posts/3/?comment_id=4', postId: '3_4', author: 'Bo', handle: null,
      text: 'Southbay Roasters is better', kind: 'other', terms: ['Southbay Roasters'], postedAt: null, firstSeenAt: '2025-01-29T10:00:00.000Z',
      competitor: true, isComment: true, parentPostId: '3',
    },
  ],
  replies: [
    { site: 'x', url: 'https://x.com/jane/status/1', postId: '1', template: 'Thanks', repliedAt: '2025-01-31T12:00:00.000Z', text: 'Thank you! – Cat' },
    { site: 'linkedin', url: null, postId: 'urn:li:activity:2', template: null, repliedAt: '2025-01-30T12:00:00.000Z' },
  ],
  cases: [
    {
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/', site: 'linkedin', postId: 'urn:li:activity:2', state: 'escalated',
      openedAt: '2025-01-30T11:00:00.000Z', resolvedAt: null, category: 'Billing',
      history: [
        { at: '2025-01-30T11:00:00.000Z', state: 'open' },
        { at: '2025-01-30T11:05:00.000Z', state: 'escalated', note: 'Escalated to Billing' },
      ],
    },
    { url: 'https://x.com/bob/status/9', state: 'resolved', openedAt: '2025-01-20T11:00:00.000Z', resolvedAt: '2025-01-21T11:00:00.000Z' },
  ],
  ownPosts: [
    {
      site: 'x', url: 'https://x.com/me/status/6', postId: '6', text: 'Our new roast is out', postedAt: '2025-01-10T08:00:00.000Z',
      firstSeenAt: '2025-01-10T09:00:00.000Z',
      snapshots: [
        { at: '2025-01-10T10:00:00.000Z', likes: 1, comments: 2, views: 100 },
        { at: '2025-01-11T10:00:00.000Z', likes: 9, comments: 2, views: 400 },
      ],
    },
  ],
  profile: { brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', myName: 'Cat', onboarded: true },
};

const exportText = async (db: EarshotDb) => serializeBackup(await exportBackup(db, NOW));

function mustParse(text: string): ParsedBackup {
  const r = parseBackup(text);
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}

// ---------------------------------------------------------------------------
// What "writes the whole thing" means, section by section
// ---------------------------------------------------------------------------

/** The exporter always writes site and postId (the file type only says they are optional on import). */
const postKey = (p: { site?: string; postId?: string }) => `${p.site ?? ''}|${p.postId ?? ''}`;

function expectWritten(backup: ParsedBackup, after: Awaited<ReturnType<typeof exportBackup>>): void {
  if (backup.terms) expect(after.terms.map((t) => [t.text, t.kind, t.exclude])).toEqual(backup.terms.map((t) => [t.text, t.kind, t.exclude]));
  if (backup.templates) {
    expect(after.templates.map((t) => [t.name, t.category, t.body, t.site ?? null])).toEqual(
      backup.templates.map((t) => [t.name, t.category, t.body, t.site ?? null]),
    );
  }
  const own = new Set(after.ownPosts.map(postKey));
  if (backup.ownPosts) expect(own).toEqual(new Set(backup.ownPosts.map(postKey)));
  if (backup.mentions) {
    expect(new Set(after.mentions.map(postKey))).toEqual(new Set(backup.mentions.map(postKey).filter((k) => !own.has(k))));
  }
  if (backup.replies) {
    const key = (r: { site?: string; postId?: string; repliedAt: string }) => `${postKey(r)}|${r.repliedAt}`;
    expect(new Set(after.replies.map(key))).toEqual(new Set(backup.replies.map(key)));
  }
  if (backup.cases) expect(new Set(after.cases.map(postKey))).toEqual(new Set(backup.cases.map(postKey)));
  if (backup.profile) expect(after.profile).toMatchObject(Object.fromEntries(Object.entries(backup.profile).filter(([, v]) => v !== undefined)));
}

/** A sentence for a person: says what is wrong, never a stack trace or an object dump. */
function expectReadable(error: string): void {
  expect(typeof error).toBe('string');
  expect(error.trim().length).toBeGreaterThan(0);
  expect(error).toMatch(/^(The|This|A|An|Earshot|[A-Z])/);
  expect(error).not.toMatch(/\[object |\bat .+\.ts:\d+|^\s*\{/);
  expect(error.length).toBeLessThan(5000);
}

describe('backup import fuzzing', () => {
  it(`${RUNS} mutated backup files: accepted and fully written, or rejected with a message and nothing changed`, { timeout: 120_000 }, async () => {
    const db = openDb(`fuzz-${Date.now()}`);
    const copy = openDb(`fuzz-copy-${Date.now()}`);
    await applyBackup(db, mustParse(JSON.stringify(SOURCE)), NOW);
    const baseText = await exportText(db);
    const base = JSON.parse(baseText) as Json;
    // The base export is itself a valid file that round-trips.
    const baseBackup = mustParse(baseText);
    let current = baseText;
    const tally = { accepted: 0, rejected: 0 };

    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        if (current !== baseText) {
          await applyBackup(db, baseBackup, NOW); // every section present: a full reset
          current = await exportText(db);
          expect(current).toBe(baseText);
        }
        const text = mutate(base, mutations);
        const result = parseBackup(text);
        // The mutation encoding itself worked (no placeholder left behind).
        expect(text).not.toMatch(/\\u0000(RAW|DUP):/);
        if (!result.ok) {
          tally.rejected += 1;
          expectReadable(result.error);
          expect(result.problems.length).toBeGreaterThan(0);
          expect(await exportText(db)).toBe(current); // byte for byte
          return;
        }
        tally.accepted += 1;
        await applyBackup(db, result.backup, NOW);
        const after = await exportBackup(db, NOW);
        current = serializeBackup(after);
        expectWritten(result.backup, after);
        // The export that follows re-imports to the very same export.
        const again = parseBackup(current);
        if (!again.ok) throw new Error(`re-export rejected: ${again.error}`);
        await applyBackup(copy, again.backup, NOW);
        expect(await exportText(copy)).toBe(current);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );

    // Both outcomes must be well exercised, or the fuzzing proves little.
    expect(tally.accepted).toBeGreaterThan(RUNS * 0.05);
    expect(tally.rejected).toBeGreaterThan(RUNS * 0.3);
    expect(tally.accepted + tally.rejected).toBe(RUNS);
    db.close();
    copy.close();
  });

  it('a storage fault in the middle of an import leaves the database exactly as it was', { timeout: 60_000 }, async () => {
    const db = openDb(`fuzz-fault-${Date.now()}`);
    await applyBackup(db, mustParse(JSON.stringify(SOURCE)), NOW);
    const baseBackup = mustParse(await exportText(db));
    let faults = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), fc.nat({ max: 15 }), async (mutations, failAt) => {
        await applyBackup(db, baseBackup, NOW);
        const result = parseBackup(mutate(JSON.parse(await exportText(db)) as Json, mutations));
        if (!result.ok) return;
        const before = await exportText(db);
        const restore = failOnWrite(db, failAt);
        let failed = false;
        try {
          await applyBackup(db, result.backup, NOW);
        } catch {
          failed = true;
        } finally {
          restore();
        }
        if (!failed) return;
        faults += 1;
        expect(await exportText(db)).toBe(before);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(faults).toBeGreaterThan(50);
    db.close();
  });
});

/** Makes the n-th write to any table (clear, add, put, delete, bulk…) fail, as a full disk or a quota error would. */
function failOnWrite(db: EarshotDb, n: number): () => void {
  let calls = 0;
  const patched: [Record<string, unknown>, string][] = [];
  // `db.terms` and `db.table('terms')` are different Table objects: patch both.
  const tables = new Set([...db.tables, ...db.tables.map((t) => (db as unknown as Record<string, typeof t>)[t.name]!)]);
  for (const table of tables) {
    const t = table as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ['clear', 'add', 'bulkAdd', 'put', 'bulkPut', 'delete', 'bulkDelete']) {
      const original = t[name]!;
      t[name] = (...args: unknown[]) => {
        if (calls++ === n) return Promise.reject(new DOMException('Injected storage fault', 'QuotaExceededError'));
        return original.apply(table, args);
      };
      patched.push([t, name]);
    }
  }
  return () => {
    for (const [t, name] of patched) delete t[name];
  };
}
