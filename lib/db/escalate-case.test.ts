import { makeCase } from '../cases/test-case';
import { CaseTransitionError } from '../cases/transitions';
import { CaseNotFoundError } from './cases-repo';
import { escalateCase } from './escalate-case';
import { openDb, type EarshotDb } from './schema';

const at = new Date('2025-02-01T10:00:00Z');
let db: EarshotDb;
beforeEach(async () => {
  db = openDb(`esc-${Math.random()}`);
  await db.cases.bulkPut([makeCase({ id: 'C-1', postId: '1' }), makeCase({ id: 'C-2', postId: '2', state: 'escalated' }), makeCase({ id: 'C-3', postId: '3', state: 'resolved', resolvedAt: at.toISOString() })]);
});

describe('escalateCase', () => {
  it('moves an open case to escalated with the category and the note, in one write', async () => {
    const c = await escalateCase(db, 'C-1', ' Support ', 'Escalated to Support (s@x.example)', at);
    expect(c).toMatchObject({ state: 'escalated', category: 'Support' });
    expect(await db.cases.get('C-1')).toEqual(c);
    expect(c.history.at(-1)).toEqual({ at: at.toISOString(), state: 'escalated', note: 'Escalated to Support (s@x.example)' });
  });

  it('an escalated case only takes the new category', async () => {
    const c = await escalateCase(db, 'C-2', 'PR', 'Escalated to PR', at);
    expect(c).toMatchObject({ state: 'escalated', category: 'PR' });
    expect((await db.cases.get('C-2'))?.history).toHaveLength(1);
  });

  it('refuses a closed or unknown case and changes nothing', async () => {
    await expect(escalateCase(db, 'C-3', 'PR', 'x', at)).rejects.toThrow(CaseTransitionError);
    expect((await db.cases.get('C-3'))?.category).toBe('Billing'); // the category change was rolled back
    await expect(escalateCase(db, 'C-9', 'PR', 'x', at)).rejects.toThrow(CaseNotFoundError);
  });
});
