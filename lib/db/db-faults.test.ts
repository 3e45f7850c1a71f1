import { classifyDbError } from './db-faults';

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
