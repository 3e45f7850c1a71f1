import { readFileSync } from 'node:fs';
import type { SeenPost } from '../messaging/protocol';
import { listCases, openCaseForPost } from '../db/cases-repo';
import { recordSeenPosts } from '../db/record-posts';
import { openDb } from '../db/schema';
import { listTemplates } from '../db/templates-repo';
import { listTerms, putTerm } from '../db/terms-repo';
import { getProfile, saveProfile } from '../settings/profile';
import { readWatchlist } from '../settings/watchlist-mirror';
import { applyBackup, describeImport, parseBackup } from './import-backup';
import { BACKUP_VERSION } from './schema';
import { FILES_BY_VERSION, MINIMAL_BACKUP, mentionEntry } from './test-fixtures';

const mention: SeenPost = {
  data: {
    site: 'x', postId: '77', url: 'https://x.com/a/status/77', author: 'A', handle: 'a', text: 'Old Brand rocks',
    postedAt: null, isComment: false, isOwn: false, isPromoted: false,
  },
  matches: [{ termText: 'Old Brand', kind: 'brand' }],
  classification: { kind: 'praise', sentiment: 0.8, urgency: 0, reasons: [] },
  role: 'mention',
  seenAt: '2025-01-01T00:00:00.000Z',
};

function parsed(text: string) {
  const r = parseBackup(text);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('parseBackup + applyBackup', () => {
  it('imports the minimal file from product.md §8 and keeps existing mentions', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTerm(db, { id: 'old', text: 'Old Brand', kind: 'brand', exclude: [] });
    await recordSeenPosts(db, [mention]);
    const r = parsed(MINIMAL_BACKUP);
    expect(r.summary).toEqual({ sections: ['terms', 'templates'], terms: 4, templates: 1 });
    expect(describeImport(r.summary)).toBe('Replace 4 terms and 1 template?');

    await applyBackup(db, r.backup);
    const terms = await listTerms(db);
    expect(terms.map((t) => [t.text, t.kind, t.exclude])).toEqual([
      ['Northwind Coffee', 'brand', ['Northwind Coffee Table']],
      ['@NorthwindCoffee', 'handle', []],
      ['#northwind', 'hashtag', []],
      ['Southbay Roasters', 'competitor', []],
    ]);
    expect(terms.every((t) => /^[0-9a-f-]{36}$/.test(t.id))).toBe(true);
    const templates = await listTemplates(db);
    expect(templates).toMatchObject([{ name: 'Sorry + DM', category: 'issue', site: null, order: 0 }]);
    expect(await db.posts.count()).toBe(1);
    expect((await readWatchlist()).map((t) => t.text)).toEqual(terms.map((t) => t.text));
  });

  it('a file with only templates replaces templates and keeps the terms', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTerm(db, { id: 'keep', text: 'Acme', kind: 'brand', exclude: [] });
    const file = { format: 'earshot-backup', version: 1, templates: [{ name: 'B', category: 'other', body: 'b' }, { name: 'A', category: 'praise', body: 'a', order: 0 }] };
    const r = parsed(JSON.stringify(file));
    expect(describeImport(r.summary)).toBe('Replace 2 templates?');
    await applyBackup(db, r.backup);
    expect((await listTerms(db)).map((t) => t.id)).toEqual(['keep']);
    // File order is the library order (the "order" field is ignored).
    expect((await listTemplates(db)).map((t) => t.name)).toEqual(['B', 'A']);
  });

  it('reads every backup version Earshot has written (today only version 1 exists)', () => {
    expect(Object.keys(FILES_BY_VERSION).map(Number)).toEqual(Array.from({ length: BACKUP_VERSION }, (_, i) => i + 1));
    for (const text of Object.values(FILES_BY_VERSION)) expect(parseBackup(text).ok).toBe(true);
  });

  it('tolerates fields a later version may add, and derives post ids from urls', () => {
    const file = JSON.parse(FILES_BY_VERSION[1]!);
    file.futureSection = [{ a: 1 }];
    file.mentions[0].futureField = 'x';
    delete file.mentions[0].postId;
    const r = parsed(JSON.stringify(file));
    expect(r.backup.mentions?.[0]?.postId).toBe('1');
    expect(r.backup.ownPosts?.[0]?.postId).toBe('urn:li:activity:9');
    expect(r.backup.cases?.[0]).toMatchObject({ site: 'x', postId: '2' });
    expect(r.backup.mentions?.[0]).not.toHaveProperty('futureField');
    expect(describeImport(r.summary)).toBe(
      'Replace 1 term, 1 template, 1 mention, 1 reply, 1 case and 1 own post, and update your profile?',
    );
  });

  it('merges a post listed twice and treats a post listed as mention and own post as own', () => {
    const file = {
      format: 'earshot-backup', version: 1,
      mentions: [
        mentionEntry(1, { firstSeenAt: '2025-01-05T00:00:00Z', text: 'first' }),
        mentionEntry(1, { firstSeenAt: '2025-01-02T00:00:00Z', text: 'second' }),
        mentionEntry(2),
      ],
      ownPosts: [{ site: 'x', url: 'https://x.com/user2/status/1002', snapshots: [] }],
    };
    const r = parsed(JSON.stringify(file));
    expect(r.backup.mentions).toHaveLength(1);
    expect(r.backup.mentions?.[0]).toMatchObject({ text: 'second', firstSeenAt: '2025-01-02T00:00:00.000Z' });
    expect(r.summary).toMatchObject({ mentions: 1, ownPosts: 1 });
  });

  it('merges the profile instead of replacing it', async () => {
    const db = openDb(`t-${Math.random()}`);
    await saveProfile({ brandName: 'Acme', myName: 'Dana' });
    await applyBackup(db, parsed(JSON.stringify({ format: 'earshot-backup', version: 1, profile: { handle: '@acme' } })).backup);
    expect(await getProfile()).toEqual({ brandName: 'Acme', handle: '@acme', myName: 'Dana', onboarded: false });
  });

  it('changes nothing when a write fails mid-way', async () => {
    const db = openDb(`t-${Math.random()}`);
    await putTerm(db, { id: 'keep', text: 'Acme', kind: 'brand', exclude: [] });
    await recordSeenPosts(db, [mention]);
    await openCaseForPost(db, (await db.posts.get(['x', '77']))!);
    const before = { terms: await db.terms.toArray(), posts: await db.posts.toArray(), events: await db.events.toArray(), cases: await db.cases.toArray() };
    const r = parsed(FILES_BY_VERSION[1]!);
    // Terms, templates and own posts are already written when the first event write fails.
    vi.spyOn(db.events, 'bulkPut').mockRejectedValue(new Error('forced failure'));
    await expect(applyBackup(db, r.backup)).rejects.toThrow('forced failure');
    expect(await db.terms.toArray()).toEqual(before.terms);
    expect(await db.templates.count()).toBe(0);
    expect(await db.posts.toArray()).toEqual(before.posts);
    expect(await db.events.toArray()).toEqual(before.events);
    expect(await db.cases.toArray()).toEqual(before.cases);
    expect((await readWatchlist()).map((t) => t.id)).toEqual(['keep']);
  });

  it('imports a 10,000-mention file in one transaction', async () => {
    const db = openDb(`t-${Math.random()}`);
    const file = { format: 'earshot-backup', version: 1, mentions: Array.from({ length: 10_000 }, (_, i) => mentionEntry(i)) };
    const r = parsed(JSON.stringify(file));
    const transaction = vi.spyOn(db, 'transaction');
    await applyBackup(db, r.backup);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await db.posts.count()).toBe(10_000);
    expect(await db.events.where('type').equals('seen').count()).toBe(10_000);
  }, 30_000);
});

describe('cases section', () => {
  const file = (cases: unknown[]) => JSON.stringify({ format: 'earshot-backup', version: 1, cases });

  it('replaces the cases table, deriving site, postId, ids and history', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [mention]);
    await openCaseForPost(db, (await db.posts.get(['x', '77']))!);
    const r = parsed(file([
      { url: 'https://x.com/bob/status/2', state: 'open', openedAt: '2025-01-31T12:00:00Z', resolvedAt: null },
      { id: 'C-2001', url: 'https://www.linkedin.com/feed/update/urn:li:activity:9/', state: 'ignored', openedAt: '2025-01-30', resolvedAt: '2025-01-31', category: 'PR' },
      // An active case never keeps a resolvedAt; history entries keep who did it.
      { url: null, site: 'facebook', postId: 'pfbid0abc', state: 'escalated', openedAt: '2025-01-29T00:00:00Z', resolvedAt: '2025-01-30T00:00:00Z',
        author: 'Ann', text: 'Refund?', kind: 'question',
        history: [{ at: '2025-01-29T00:00:00Z', state: 'open' }, { at: '2025-01-29T01:00:00Z', state: 'escalated', by: 'Cat', note: 'To Support' }] },
    ]));
    expect(describeImport(r.summary)).toBe('Replace 3 cases?');
    await applyBackup(db, r.backup);
    expect(await listCases(db)).toEqual([
      { id: 'C-2003', site: 'facebook', postId: 'pfbid0abc', url: null, state: 'escalated', category: 'Support',
        openedAt: '2025-01-29T00:00:00.000Z', resolvedAt: null, author: 'Ann', text: 'Refund?', kind: 'question',
        history: [{ at: '2025-01-29T00:00:00.000Z', state: 'open' }, { at: '2025-01-29T01:00:00.000Z', state: 'escalated', by: 'Cat', note: 'To Support' }] },
      { id: 'C-2001', site: 'linkedin', postId: 'urn:li:activity:9', url: 'https://www.linkedin.com/feed/update/urn:li:activity:9/', state: 'ignored',
        category: 'PR', openedAt: '2025-01-30T00:00:00.000Z', resolvedAt: '2025-01-31T00:00:00.000Z',
        history: [{ at: '2025-01-30T00:00:00.000Z', state: 'open' }, { at: '2025-01-31T00:00:00.000Z', state: 'ignored' }] },
      { id: 'C-2002', site: 'x', postId: '2', url: 'https://x.com/bob/status/2', state: 'open', category: 'Support',
        openedAt: '2025-01-31T12:00:00.000Z', resolvedAt: null, history: [{ at: '2025-01-31T12:00:00.000Z', state: 'open' }] },
    ]);
    // The case opened before the import is gone (the section replaces the table); the next id follows the imported ones.
    expect(await db.cases.get('C-1001')).toBeUndefined();
    expect((await openCaseForPost(db, (await db.posts.get(['x', '77']))!)).id).toBe('C-2004');
  });

  it('a file without cases keeps them; an empty list clears them', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [mention]);
    await openCaseForPost(db, (await db.posts.get(['x', '77']))!);
    await applyBackup(db, parsed(MINIMAL_BACKUP).backup);
    expect(await db.cases.count()).toBe(1);
    await applyBackup(db, parsed(file([])).backup);
    expect(await db.cases.count()).toBe(0);
  });

  it('a post listed twice keeps the later entry', () => {
    const r = parsed(file([
      { id: 'C-1', url: 'https://x.com/a/status/1', state: 'open', openedAt: '2025-01-01', resolvedAt: null },
      { url: 'https://twitter.com/a/status/1?s=20', state: 'resolved', openedAt: '2025-01-01', resolvedAt: '2025-01-02' },
    ]));
    expect(r.backup.cases).toHaveLength(1);
    expect(r.backup.cases?.[0]).toMatchObject({ site: 'x', postId: '1', state: 'resolved' });
  });
});

describe('docs/backup-format.md', () => {
  it('every JSON example in the format documentation imports', () => {
    const doc = readFileSync(`${process.cwd()}/docs/backup-format.md`, 'utf8');
    const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(parseBackup(example)).toMatchObject({ ok: true });
  });
});

describe('describeImport', () => {
  it('words the confirmation question', () => {
    expect(describeImport({ sections: [] })).toBe('This backup holds nothing to import.');
    expect(describeImport({ sections: ['profile'], profile: 1 })).toBe('Update your profile?');
    expect(describeImport({ sections: ['terms'], terms: 0 })).toBe('Replace 0 terms?');
    expect(describeImport({ sections: ['mentions', 'replies'], mentions: 1, replies: 3 })).toBe('Replace 1 mention and 3 replies?');
  });
});
