import { CaseTransitionError } from '../cases/transitions';
import type { StoredPost } from '../model/types';
import { bulkResolve, CASE_COUNTER_KEY, CaseNotFoundError, getCaseForPost, listCases, nextCaseId, openCaseForPost, updateCaseState } from './cases-repo';
import { openDb, type EarshotDb } from './schema';

const post = (postId: string, over: Partial<StoredPost> = {}): StoredPost => ({
  site: 'x', postId, url: `https://x.com/jane/status/${postId}`, author: 'Jane Doe', handle: 'jane', text: `My order ${postId} never arrived`,
  postedAt: null, isComment: false, isOwn: false, isPromoted: false, terms: ['Northwind'], kind: 'issue', sentiment: -0.6,
  urgency: 0.7, reasons: ['matched: never arrived'], competitor: false, firstSeenAt: '2025-01-31T09:00:00.000Z',
  lastSeenAt: '2025-01-31T09:00:00.000Z', ...over,
});
const at = (h: number) => new Date(Date.UTC(2025, 0, 31, h));

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`t-${Math.random()}`);
});

describe('openCaseForPost', () => {
  it('opens a case with the next id and a copy of the post', async () => {
    const c = await openCaseForPost(db, post('1'), { category: 'Billing', at: at(9) });
    expect(c).toEqual({
      id: 'C-1001', site: 'x', postId: '1', url: 'https://x.com/jane/status/1', state: 'open', category: 'Billing',
      openedAt: '2025-01-31T09:00:00.000Z', resolvedAt: null, author: 'Jane Doe', text: 'My order 1 never arrived', kind: 'issue',
      history: [{ at: '2025-01-31T09:00:00.000Z', state: 'open' }],
    });
    expect(await db.cases.get('C-1001')).toEqual(c);
    expect((await openCaseForPost(db, post('2'))).category).toBe('Support');
  });

  it('is idempotent per post, also when called twice at once', async () => {
    const [a, b] = await Promise.all([openCaseForPost(db, post('1'), { at: at(9) }), openCaseForPost(db, post('1'), { at: at(10) })]);
    expect(a).toEqual(b);
    expect(await db.cases.count()).toBe(1);
    // A resolved case is returned as it is: reopening is a separate, explicit step.
    await updateCaseState(db, a.id, 'resolved');
    expect((await openCaseForPost(db, post('1'))).state).toBe('resolved');
    // The same post id on another site is another post.
    expect((await openCaseForPost(db, post('1', { site: 'linkedin' }))).id).toBe('C-1002');
  });
});

describe('nextCaseId', () => {
  it('counts up and never reuses the id of a deleted case', async () => {
    expect(await nextCaseId(db)).toBe('C-1001');
    const c = await openCaseForPost(db, post('1'));
    expect(c.id).toBe('C-1002');
    await db.cases.delete(c.id);
    expect((await openCaseForPost(db, post('2'))).id).toBe('C-1003');
  });

  it('continues after imported cases and survives a corrupt counter', async () => {
    await db.cases.put({ ...(await openCaseForPost(db, post('1'))), id: 'C-2040', postId: 'imported' });
    await db.meta.put({ key: CASE_COUNTER_KEY, value: 'garbage' });
    expect((await openCaseForPost(db, post('2'))).id).toBe('C-2041');
  });
});

describe('queries and updates', () => {
  async function seed() {
    await openCaseForPost(db, post('1'), { at: at(11) });
    await openCaseForPost(db, post('2', { site: 'facebook' }), { at: at(9) });
    await openCaseForPost(db, post('3'), { at: at(10) });
    await updateCaseState(db, 'C-1003', 'escalated', 'Escalated to Support', at(12));
  }

  it('lists by state and site, oldest first', async () => {
    await seed();
    expect((await listCases(db)).map((c) => c.id)).toEqual(['C-1002', 'C-1003', 'C-1001']);
    expect((await listCases(db, { states: ['escalated'] })).map((c) => c.id)).toEqual(['C-1003']);
    expect((await listCases(db, { states: ['open', 'escalated'], site: 'x' })).map((c) => c.id)).toEqual(['C-1003', 'C-1001']);
    expect(await listCases(db, { states: [] })).toEqual([]);
    expect((await getCaseForPost(db, 'facebook', '2'))?.id).toBe('C-1002');
    expect(await getCaseForPost(db, 'x', '2')).toBeUndefined();
  });

  it('updates through the state machine and writes nothing on a refused move', async () => {
    await seed();
    const escalated = await db.cases.get('C-1003');
    expect(escalated?.history.at(-1)).toEqual({ at: '2025-01-31T12:00:00.000Z', state: 'escalated', note: 'Escalated to Support' });
    await expect(updateCaseState(db, 'C-1003', 'open')).rejects.toThrow(CaseTransitionError);
    expect(await db.cases.get('C-1003')).toEqual(escalated);
    await expect(updateCaseState(db, 'C-9999', 'resolved')).rejects.toThrow(new CaseNotFoundError('C-9999'));
    await expect(updateCaseState(db, 'C-9999', 'resolved')).rejects.toThrow('Case C-9999 no longer exists.');
  });

  it('bulk-resolves active cases in one transaction, skipping closed and unknown ones', async () => {
    await seed();
    await updateCaseState(db, 'C-1002', 'ignored', undefined, at(13));
    const ignored = await db.cases.get('C-1002');
    const transaction = vi.spyOn(db, 'transaction');
    const done = await bulkResolve(db, ['C-1001', 'C-1002', 'C-1003', 'C-1003', 'C-404'], { at: at(14), note: 'Refunds sent' });
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(done.map((c) => c.id)).toEqual(['C-1001', 'C-1003']);
    expect(await db.cases.get('C-1002')).toEqual(ignored);
    expect(await db.cases.get('C-1001')).toMatchObject({ state: 'resolved', resolvedAt: '2025-01-31T14:00:00.000Z' });
    expect((await db.cases.get('C-1003'))?.history.map((h) => h.state)).toEqual(['open', 'escalated', 'resolved']);
  });
});
