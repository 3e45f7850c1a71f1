import { eraseAll } from '../backup/erase-all';
import type { SeenPost } from '../messaging/protocol';
import { openCaseForPost } from './cases-repo';
import { pruneOlderThan } from './prune';
import { recordSeenPosts } from './record-posts';
import { openDb, type EarshotDb } from './schema';
import { SCORECARD_VERSION_KEY } from './scorecard-version';

const T1 = new Date('2025-01-01T12:00:00.000Z');
const T2 = new Date('2025-01-02T09:30:00.000Z');

function seen(postId: string, over: Partial<SeenPost['classification']> = {}, text = 'Northwind Coffee never arrived'): SeenPost {
  return {
    data: {
      site: 'x', postId, url: `https://x.com/jane/status/${postId}`, author: 'Jane Doe', handle: 'jane',
      text, postedAt: '2025-01-01T10:00:00.000Z', isComment: false, isOwn: false, isPromoted: false,
    },
    matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
    classification: { kind: 'issue', sentiment: -0.6, urgency: 0.7, reasons: ['matched: never arrived'], ...over },
    role: 'mention',
    seenAt: '2025-01-01T11:00:00.000Z',
  };
}

const version = async (db: EarshotDb) => (await db.meta.get(SCORECARD_VERSION_KEY))?.value as string | undefined;

/** The version after `write`, asserting whether it moved. */
async function expectMoves(db: EarshotDb, write: () => Promise<unknown>, moves: boolean): Promise<void> {
  const before = await version(db);
  await write();
  const after = await version(db);
  if (moves) {
    expect(after).toEqual(expect.any(String));
    expect(after).not.toBe(before);
  } else expect(after).toBe(before);
}

describe('the scorecard data version', () => {
  let db: EarshotDb;
  beforeEach(() => {
    db = openDb(`t-${Math.random()}`);
  });

  it('is absent on a fresh database and appears with the first post', async () => {
    expect(await version(db)).toBeUndefined();
    await expectMoves(db, () => recordSeenPosts(db, [seen('1')], T1), true);
  });

  it('stays when a revisit changes nothing the KPIs read (lastSeenAt, text, reasons)', async () => {
    await recordSeenPosts(db, [seen('1')], T1);
    await expectMoves(db, () => recordSeenPosts(db, [seen('1', { reasons: [] }, 'Northwind Coffee never arrived (edited)')], T2), false);
  });

  it('moves when a revisit reclassifies the post', async () => {
    await recordSeenPosts(db, [seen('1')], T1);
    await expectMoves(db, () => recordSeenPosts(db, [seen('1', { kind: 'question', sentiment: 0 })], T2), true);
  });

  it('moves with a reply or an engagement event, not with a seen event', async () => {
    await recordSeenPosts(db, [seen('1')], T1);
    await expectMoves(db, () => db.events.put({ id: 'seen:x:2', type: 'seen', site: 'x', postId: '2', at: T1.toISOString() }), false);
    await expectMoves(db, () => db.events.put({ id: 'reply:x:1:a', type: 'reply', site: 'x', postId: '1', at: T2.toISOString() }), true);
    await expectMoves(db, () => db.events.bulkPut([{ id: 'engagement:x:1:h', type: 'engagement', site: 'x', postId: '1', at: T2.toISOString(), data: { engagement: { likes: 3 } } }]), true);
    await expectMoves(db, () => db.events.delete('seen:x:2'), true); // deletes: always (cheap to be sure)
  });

  it('moves with every case write', async () => {
    await recordSeenPosts(db, [seen('1')], T1);
    const post = (await db.posts.toArray())[0]!;
    const c = await (async () => {
      let made: Awaited<ReturnType<typeof openCaseForPost>> | undefined;
      await expectMoves(db, async () => (made = await openCaseForPost(db, post, { at: T2 })), true);
      return made!;
    })();
    await expectMoves(db, () => db.cases.update(c.id, { category: 'Billing' }), true);
  });

  it('moves with retention and erase', async () => {
    await recordSeenPosts(db, [seen('1')], T1);
    await expectMoves(db, () => pruneOlderThan(db, T2), true);
    await recordSeenPosts(db, [seen('2')], T2);
    const before = await version(db);
    await eraseAll(db);
    expect(await db.posts.count()).toBe(0);
    expect(await version(db)).not.toBe(before); // gone with meta, or new: either way not the old one
  });

  it('is written in the write transaction: an aborted write leaves it as it was', async () => {
    await recordSeenPosts(db, [seen('1')], T1);
    const before = await version(db);
    await expect(
      db.transaction('rw', db.cases, async () => {
        await db.cases.put({ id: 'C-1', site: 'x', postId: '1', url: null, state: 'open', category: 'Support', openedAt: T2.toISOString(), resolvedAt: null, history: [] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await version(db)).toBe(before);
    expect(await db.cases.count()).toBe(0);
  });
});
