import { classifyDbError, lostDbFault, stalledDbFault } from './db-faults';

describe('classifyDbError', () => {
  it.each([
    [{ name: 'QuotaExceededError', message: 'The quota has been exceeded.' }, 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'DatabaseClosedError', message: 'Database has been closed' }, 'corrupt'],
    [{ name: 'UnknownError', message: 'Internal error opening backing store' }, 'corrupt'],
    [{ name: 'VersionError', message: 'The requested version is less than the existing version' }, 'blocked'],
    [{ name: 'BlockedError' }, 'blocked'],
    [new Error('something else'), 'unknown'],
    [null, 'unknown'],
  ])('%o → %s', (error, kind) => {
    const fault = classifyDbError(error, new Date('2026-11-23T10:00:00Z'));
    expect(fault.kind).toBe(kind);
    expect(fault.message.length).toBeGreaterThan(20);
    expect(fault.recovery.length).toBeGreaterThan(20);
    expect(fault.at).toBe('2026-11-23T10:00:00.000Z');
  });
});

describe('faults that raise no error', () => {
  it('a stalled open is a "blocked" fault that says nothing is lost and what to close', () => {
    const fault = stalledDbFault(new Date('2026-11-23T10:00:00Z'));
    expect(fault).toMatchObject({ kind: 'blocked', at: '2026-11-23T10:00:00.000Z' });
    expect(fault.sticky).toBeUndefined();
    expect(fault.message).toMatch(/waiting for its database/);
    expect(fault.recovery).toMatch(/Close the other Earshot tabs.*Nothing already saved is lost/);
    expect(classifyDbError({ name: 'BlockedError' }).message).toBe(fault.message);
  });

  it('a lost database is sticky and points to the backup', () => {
    const fault = lostDbFault();
    expect(fault).toMatchObject({ kind: 'lost', sticky: true });
    expect(fault.recovery).toMatch(/Import your latest backup/);
  });
});
