import { addDays, dayIndex, localDayKey, periodBounds, periodDays, startOfLocalDay } from './periods';

const hours = (r: { start: Date; end: Date }) => (r.end.getTime() - r.start.getTime()) / 3_600_000;

describe('localDayKey', () => {
  it('is the calendar day in the given zone', () => {
    expect(localDayKey(new Date('2025-03-29T23:30:00Z'), 'Europe/Berlin')).toBe('2025-03-30');
    expect(localDayKey(new Date('2025-01-01T03:00:00Z'), 'America/New_York')).toBe('2024-12-31');
    expect(localDayKey(new Date('2025-01-01T03:00:00Z'), 'UTC')).toBe('2025-01-01');
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-01', -29)).toBe('2025-01-31');
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight, whatever the offset', () => {
    expect(startOfLocalDay('2025-06-10', 'UTC').toISOString()).toBe('2025-06-10T00:00:00.000Z');
    expect(startOfLocalDay('2025-06-10', 'Europe/Berlin').toISOString()).toBe('2025-06-09T22:00:00.000Z');
    expect(startOfLocalDay('2025-01-01', 'Asia/Kolkata').toISOString()).toBe('2024-12-31T18:30:00.000Z');
    expect(startOfLocalDay('2025-01-01', 'Pacific/Kiritimati').toISOString()).toBe('2024-12-31T10:00:00.000Z');
  });

  it('where midnight does not exist (Santiago springs 00:00 → 01:00), the day starts after the gap', () => {
    expect(startOfLocalDay('2024-09-08', 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
  });
});

describe('periodBounds', () => {
  it('UTC: last 7 days with today, then the 7 before', () => {
    const b = periodBounds(new Date('2025-06-15T12:00:00Z'), 7, 'UTC');
    expect(b.current).toEqual({ start: new Date('2025-06-09T00:00:00Z'), end: new Date('2025-06-16T00:00:00Z') });
    expect(b.previous).toEqual({ start: new Date('2025-06-02T00:00:00Z'), end: new Date('2025-06-09T00:00:00Z') });
  });

  it('Berlin spring (last Sunday of March): the current week is 167 h long', () => {
    const b = periodBounds(new Date('2025-04-02T10:00:00Z'), 7, 'Europe/Berlin');
    expect(b.current.start.toISOString()).toBe('2025-03-26T23:00:00.000Z'); // CET
    expect(b.current.end.toISOString()).toBe('2025-04-02T22:00:00.000Z'); // CEST
    expect(hours(b.current)).toBe(167);
    expect(hours(b.previous)).toBe(168);
  });

  it('Berlin autumn (last Sunday of October): 169 h', () => {
    const b = periodBounds(new Date('2025-10-29T10:00:00Z'), 7, 'Europe/Berlin');
    expect(b.current.start.toISOString()).toBe('2025-10-22T22:00:00.000Z');
    expect(hours(b.current)).toBe(169);
  });

  it('New York: 23-hour 2025-03-09, 25-hour 2025-11-02', () => {
    const spring = periodDays(new Date('2025-03-15T16:00:00Z'), 7, 'America/New_York');
    expect(spring[0]).toMatchObject({ day: '2025-03-09', start: new Date('2025-03-09T05:00:00Z'), end: new Date('2025-03-10T04:00:00Z') });
    const fall = periodDays(new Date('2025-11-02T16:00:00Z'), 7, 'America/New_York');
    expect(fall.at(-1)).toMatchObject({ day: '2025-11-02', start: new Date('2025-11-02T04:00:00Z'), end: new Date('2025-11-03T05:00:00Z') });
    expect(fall.map(hours)).toEqual([24, 24, 24, 24, 24, 24, 25]);
  });

  it('just after local midnight the new day is already today', () => {
    // 00:05 CEST on 06-16 = 22:05Z on 06-15: the period ends with 06-16 in Berlin, with 06-15 in UTC
    const now = new Date('2025-06-15T22:05:00Z');
    expect(periodDays(now, 7, 'Europe/Berlin').at(-1)!.day).toBe('2025-06-16');
    expect(periodDays(now, 7, 'UTC').at(-1)!.day).toBe('2025-06-15');
  });
});

describe('periodDays / dayIndex', () => {
  it('90 contiguous days, each found by binary search', () => {
    const days = periodDays(new Date('2025-11-15T12:00:00Z'), 90, 'Europe/Berlin');
    expect(days).toHaveLength(90);
    expect(days[0]!.day).toBe('2025-08-18');
    days.slice(1).forEach((d, i) => expect(d.start).toEqual(days[i]!.end));
    expect(dayIndex(days[40]!.start.getTime(), days)).toBe(40);
    expect(dayIndex(days[40]!.end.getTime() - 1, days)).toBe(40);
    expect(dayIndex(days[0]!.start.getTime() - 1, days)).toBe(-1);
    expect(dayIndex(days[89]!.end.getTime(), days)).toBe(-1);
  });
});
