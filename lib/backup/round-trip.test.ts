import type { SeenPost } from '../messaging/protocol';
import type { PostData } from '../model/types';
import { openCaseForPost, updateCaseState } from '../db/cases-repo';
import { recordSeenPosts } from '../db/record-posts';
import { openDb, type EarshotDb } from '../db/schema';
import { installDefaultTemplates, putTemplate } from '../db/templates-repo';
import { putTerm } from '../db/terms-repo';
import { saveProfile } from '../settings/profile';
import { readWatchlist } from '../settings/watchlist-mirror';
import { eraseAll } from './erase-all';
import { backupFileName, exportBackup, serializeBackup } from './export-backup';
import { applyBackup, parseBackup } from './import-backup';

function post(site: PostData['site'], postId: string, url: string, role: SeenPost['role'], over: Partial<PostData> = {}): SeenPost {
  return {
    data: { site, postId, url, author: 'Jane Doe', handle: site === 'x' ? 'jane' : `https://www.${site}.com/jane`, text: `Northwind ${postId}`,
      postedAt: site === 'x' ? '2025-01-10T08:00:00.000Z' : null, isComment: false, isOwn: role === 'own', isPromoted: false, ...over },
    matches: role === 'own' ? [] : [{ termText: role === 'competitor' ? 'Southbay' : 'Northwind', kind: role === 'competitor' ? 'competitor' : 'brand' }],
    classification: { kind: 'issue', sentiment: -0.5, urgency: 0.4, reasons: ['matched: refund'] },
    role,
    seenAt: '2025-01-10T09:00:00.000Z',
  };
}

async function seed(db: EarshotDb) {
  await putTerm(db, { id: 't1', text: 'Northwind', kind: 'brand', exclude: ['Northwind Table'] });
  await putTerm(db, { id: 't2', text: 'Southbay', kind: 'competitor', exclude: [], caseSensitive: true });
  await installDefaultTemplates(db);
  await putTemplate(db, { id: 'li', name: 'LinkedIn thanks', category: 'praise', body: 'Thanks! – {{my_name}}', site: 'linkedin' });
  await recordSeenPosts(db, [
    post('x', '1', 'https://x.com/jane/status/1', 'mention'),
    post('linkedin', 'urn:li:activity:2', 'https://www.linkedin.com/feed/update/urn:li:activity:2/', 'mention'),
    post('facebook', '3_4', 'https://www.facebook.com/groups/9/posts/3/?comment_id=4', 'mention', { isComment: true, parentPostId: '3' }),
    post('x', '5', 'https://x.com/bob/status/5', 'competitor'),
  ], new Date('2025-01-10T10:00:00Z'));
  const own = (likes: number) => post('x', '6', 'https://x.com/me/status/6', 'own', { engagement: { likes, comments: 2, views: 100 } });
  await recordSeenPosts(db, [own(1)], new Date('2025-01-10T10:00:00Z'));
  await recordSeenPosts(db, [own(9)], new Date('2025-01-11T10:00:00Z'));
  // A reply as the quick-replies feature records it.
  await db.events.put({ id: 'reply:x:1:client-1', type: 'reply', site: 'x', postId: '1', at: '2025-01-10T11:00:00.000Z', data: { url: 'https://x.com/jane/status/1', template: 'Sorry + DM' } });
  await db.events.put({ id: 'reply:x:5:client-2', type: 'reply', site: 'x', postId: '5', at: '2025-01-10T12:00:00.000Z', data: { url: null, template: null, text: 'Hi' } });
  // Cases as the Escalate/Resolve buttons make them.
  const [jane, li] = await Promise.all([db.posts.get(['x', '1']), db.posts.get(['linkedin', 'urn:li:activity:2'])]);
  await openCaseForPost(db, jane!, { category: 'Billing', at: new Date('2025-01-10T11:00:00Z') });
  await updateCaseState(db, 'C-1001', 'escalated', 'Escalated to Billing (billing@northwind.example)', new Date('2025-01-10T11:05:00Z'));
  await openCaseForPost(db, li!, { at: new Date('2025-01-10T10:30:00Z') });
  await updateCaseState(db, 'C-1002', 'resolved', undefined, new Date('2025-01-11T09:00:00Z'));
  await saveProfile({ brandName: 'Northwind', handle: '@northwind', myName: 'Cat', onboarded: true });
}

const withoutDate = ({ exportedAt: _e, ...rest }: Record<string, unknown>) => rest;

describe('backup export', () => {
  it('holds every section with the §8 fields', async () => {
    const db = openDb(`t-${Math.random()}`);
    await seed(db);
    const file = await exportBackup(db, new Date('2025-02-01T00:00:00Z'));
    expect(file).toMatchObject({ format: 'earshot-backup', version: 1, exportedAt: '2025-02-01T00:00:00.000Z' });
    expect(file.terms).toEqual([
      { id: 't1', text: 'Northwind', kind: 'brand', exclude: ['Northwind Table'] },
      { id: 't2', text: 'Southbay', kind: 'competitor', exclude: [], caseSensitive: true },
    ]);
    expect(file.templates).toHaveLength(6);
    expect(file.mentions.map((m) => [m.site, m.postId, m.competitor])).toEqual([
      ['facebook', '3_4', false], ['linkedin', 'urn:li:activity:2', false], ['x', '1', false], ['x', '5', true],
    ]);
    expect(file.mentions[2]).toEqual({
      site: 'x', url: 'https://x.com/jane/status/1', postId: '1', author: 'Jane Doe', handle: 'jane', text: 'Northwind 1',
      kind: 'issue', terms: ['Northwind'], postedAt: '2025-01-10T08:00:00.000Z', firstSeenAt: '2025-01-10T09:00:00.000Z',
      lastSeenAt: '2025-01-10T10:00:00.000Z', competitor: false, sentiment: -0.5, urgency: 0.4, reasons: ['matched: refund'],
      isComment: false, parentPostId: null,
    });
    expect(file.replies).toEqual([
      { site: 'x', url: 'https://x.com/jane/status/1', postId: '1', template: 'Sorry + DM', repliedAt: '2025-01-10T11:00:00.000Z' },
      { site: 'x', url: 'https://x.com/bob/status/5', postId: '5', template: null, repliedAt: '2025-01-10T12:00:00.000Z', text: 'Hi' },
    ]);
    expect(file.cases).toEqual([
      {
        id: 'C-1002', url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/', site: 'linkedin', postId: 'urn:li:activity:2',
        state: 'resolved', category: 'Support', openedAt: '2025-01-10T10:30:00.000Z', resolvedAt: '2025-01-11T09:00:00.000Z',
        author: 'Jane Doe', text: 'Northwind urn:li:activity:2', kind: 'issue',
        history: [{ at: '2025-01-10T10:30:00.000Z', state: 'open' }, { at: '2025-01-11T09:00:00.000Z', state: 'resolved' }],
      },
      {
        id: 'C-1001', url: 'https://x.com/jane/status/1', site: 'x', postId: '1', state: 'escalated', category: 'Billing',
        openedAt: '2025-01-10T11:00:00.000Z', resolvedAt: null, author: 'Jane Doe', text: 'Northwind 1', kind: 'issue',
        history: [
          { at: '2025-01-10T11:00:00.000Z', state: 'open' },
          { at: '2025-01-10T11:05:00.000Z', state: 'escalated', note: 'Escalated to Billing (billing@northwind.example)' },
        ],
      },
    ]);
    expect(file.ownPosts).toEqual([{
      site: 'x', url: 'https://x.com/me/status/6', postId: '6', text: 'Northwind 6', postedAt: '2025-01-10T08:00:00.000Z',
      firstSeenAt: '2025-01-10T09:00:00.000Z',
      snapshots: [
        { at: '2025-01-10T10:00:00.000Z', likes: 1, comments: 2, views: 100 },
        { at: '2025-01-11T10:00:00.000Z', likes: 9, comments: 2, views: 100 },
      ],
    }]);
    expect(file.profile).toEqual({ brandName: 'Northwind', handle: '@northwind', myName: 'Cat', onboarded: true });
  });

  it('round trip: export → erase → import → export gives the same file', async () => {
    const db = openDb(`t-${Math.random()}`);
    await seed(db);
    const first = await exportBackup(db, new Date('2025-02-01T00:00:00Z'));
    await eraseAll(db);
    expect(await db.posts.count()).toBe(0);
    const parsed = parseBackup(serializeBackup(first));
    if (!parsed.ok) throw new Error(parsed.error);
    await applyBackup(db, parsed.backup);
    const second = await exportBackup(db, new Date('2025-03-01T00:00:00Z'));
    expect(withoutDate(second)).toEqual(withoutDate(first));
    // The next case continues the numbering.
    expect((await openCaseForPost(db, (await db.posts.get(['x', '5']))!)).id).toBe('C-1003');
    expect(JSON.stringify(withoutDate(second))).toBe(JSON.stringify(withoutDate(first)));
  });

  it('an empty database exports a valid, importable file', async () => {
    const db = openDb(`t-${Math.random()}`);
    const file = await exportBackup(db);
    expect(file).toMatchObject({ terms: [], templates: [], mentions: [], replies: [], cases: [], ownPosts: [] });
    expect(parseBackup(serializeBackup(file)).ok).toBe(true);
  });

  it('names the file by the local date and writes pretty JSON', () => {
    expect(backupFileName(new Date(2025, 0, 5, 23, 59))).toBe('earshot-backup-2025-01-05.json');
    expect(serializeBackup({ format: 'earshot-backup', version: 1 })).toBe('{\n  "format": "earshot-backup",\n  "version": 1\n}\n');
  });
});

describe('eraseAll', () => {
  it('empties every table and the watchlist mirror', async () => {
    const db = openDb(`t-${Math.random()}`);
    await seed(db);
    expect(await readWatchlist()).toHaveLength(2);
    await eraseAll(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
    expect(await readWatchlist()).toEqual([]);
    // After erasing, onboarding installs the defaults again.
    expect(await installDefaultTemplates(db)).toBeGreaterThan(0);
  });
});

describe('export guards', () => {
  it('writes a file that re-imports even when a stored row holds odd values', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [post('x', '1', 'javascript:alert(1)', 'mention', { postedAt: 'Jan 5, 2025 10:00 UTC' })]);
    await db.posts.update(['x', '1'], { sentiment: 7 });
    const file = await exportBackup(db);
    expect(file.mentions[0]).toMatchObject({ url: null, postedAt: '2025-01-05T10:00:00.000Z', sentiment: 1 });
    // A case whose post had no permalink, an over-long category and note, a bad history time.
    const c = await openCaseForPost(db, (await db.posts.get(['x', '1']))!, { at: new Date('2025-01-05T11:00:00Z') });
    await db.cases.put({
      ...c, url: null, category: 'c'.repeat(300),
      history: [...c.history, { at: 'yesterday', state: 'escalated' }, { at: '2025-01-06T00:00:00Z', state: 'escalated', note: 'n'.repeat(9000) }],
    });
    const withCase = await exportBackup(db);
    expect(withCase.cases[0]).toMatchObject({ url: null, site: 'x', postId: '1' });
    expect(withCase.cases[0]?.history).toHaveLength(2);
    expect(parseBackup(serializeBackup(withCase)).ok).toBe(true);
    expect(parseBackup(serializeBackup(file)).ok).toBe(true);
  });
});
