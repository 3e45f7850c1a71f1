import { formatCaseId, maxCaseNumber, nextCaseId, nextCaseNumber, parseCaseNumber } from './case-id';

describe('case ids', () => {
  it('starts at C-1001 and counts up from the current max', () => {
    expect(nextCaseId()).toBe('C-1001');
    expect(nextCaseId(null)).toBe('C-1001');
    expect(nextCaseId(1001)).toBe('C-1002');
    expect(nextCaseId(1041)).toBe('C-1042');
    expect(nextCaseId(99_999)).toBe('C-100000');
  });

  it('never goes below C-1001 and ignores a corrupt counter', () => {
    expect(nextCaseNumber(5)).toBe(1001);
    expect(nextCaseNumber(Number.NaN)).toBe(1001);
    expect(nextCaseNumber(1.5)).toBe(1001);
    expect(nextCaseNumber('1042' as unknown as number)).toBe(1001);
  });

  it('parses only its own format', () => {
    expect(parseCaseNumber('C-1042')).toBe(1042);
    expect(parseCaseNumber(formatCaseId(7))).toBe(7);
    for (const id of ['c-1042', 'C-', 'C-12a', 'case-1', ' C-1', 'C-1e5']) expect(parseCaseNumber(id)).toBeNull();
  });

  it('finds the highest number, numerically (C-999 < C-1000)', () => {
    expect(maxCaseNumber(['C-999', 'C-1000', 'imported-7'])).toBe(1000);
    expect(maxCaseNumber(['x', 'y'])).toBeNull();
    expect(maxCaseNumber([])).toBeNull();
  });
});
