import { DEFAULT_CATEGORIES, hasActiveBreach, isBreached, nextBreachAt, slaDeadline, slaHoursFor } from './sla';
import { makeCase } from './test-case';

const opened = '2025-01-31T09:00:00.000Z';
const hoursAfter = (h: number) => new Date(Date.parse(opened) + h * 3_600_000);

describe('SLA', () => {
  it('looks up hours per category, case-insensitively, with 24 h as the fallback', () => {
    expect(slaHoursFor(DEFAULT_CATEGORIES, 'PR')).toBe(4);
    expect(slaHoursFor(DEFAULT_CATEGORIES, ' product ')).toBe(72);
    expect(slaHoursFor(DEFAULT_CATEGORIES, 'Legal')).toBe(24);
    expect(slaHoursFor(8, 'anything')).toBe(8);
    for (const bad of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(slaHoursFor(bad, 'Support')).toBe(24);
    expect(slaHoursFor([{ name: 'Support', slaHours: 0 }], 'Support')).toBe(24);
  });

  it('computes the deadline from openedAt', () => {
    expect(slaDeadline(makeCase({ category: 'PR' }), DEFAULT_CATEGORIES)?.toISOString()).toBe('2025-01-31T13:00:00.000Z');
    expect(slaDeadline(makeCase())?.toISOString()).toBe('2025-02-01T09:00:00.000Z');
    expect(slaDeadline(makeCase({ openedAt: 'garbage' }))).toBeNull();
  });

  it.each([
    ['open, before the deadline', { state: 'open' }, 23, false],
    ['open, exactly at the deadline', { state: 'open' }, 24, false],
    ['open, past the deadline', { state: 'open' }, 24.01, true],
    ['escalated, past the deadline', { state: 'escalated' }, 30, true],
    ['resolved in time, checked later', { state: 'resolved', resolvedAt: hoursAfter(20).toISOString() }, 100, false],
    ['resolved late', { state: 'resolved', resolvedAt: hoursAfter(25).toISOString() }, 100, true],
    ['ignored late', { state: 'ignored', resolvedAt: hoursAfter(25).toISOString() }, 100, false],
    ['resolved without a time', { state: 'resolved', resolvedAt: null }, 100, false],
  ] as const)('%s', (_, over, hours, breached) => {
    expect(isBreached(makeCase({ category: 'Support', ...over }), hoursAfter(hours), DEFAULT_CATEGORIES)).toBe(breached);
  });

  it('tells the badge whether any active case is breached', () => {
    const late = makeCase({ state: 'resolved', resolvedAt: hoursAfter(30).toISOString() });
    expect(hasActiveBreach([late], hoursAfter(40))).toBe(false);
    expect(hasActiveBreach([late, makeCase()], hoursAfter(40))).toBe(true);
  });

  it('finds the next deadline ahead among active cases, for the alarm', () => {
    const cases = [
      makeCase({ id: 'C-1', category: 'Product' }), // due +72 h
      makeCase({ id: 'C-2', category: 'PR' }), // due +4 h
      makeCase({ id: 'C-3', category: 'Support', state: 'resolved', resolvedAt: hoursAfter(1).toISOString() }),
      makeCase({ id: 'C-4', category: 'Billing', state: 'escalated', openedAt: hoursAfter(2).toISOString() }), // due +26 h
    ];
    expect(nextBreachAt(cases, hoursAfter(1), DEFAULT_CATEGORIES)?.toISOString()).toBe(hoursAfter(4).toISOString());
    // The PR case has breached already: the next one is the escalated Billing case.
    expect(nextBreachAt(cases, hoursAfter(5), DEFAULT_CATEGORIES)?.toISOString()).toBe(hoursAfter(26).toISOString());
    expect(nextBreachAt(cases, hoursAfter(100), DEFAULT_CATEGORIES)).toBeNull();
    expect(nextBreachAt([], hoursAfter(0))).toBeNull();
  });
});
