import { computeKpis } from './compute';
import { aggregatePosts } from './daily-aggregates';
import { dailySeries, dailySeriesFromAggregates, SERIES_KPIS } from './series';
import { NOW, post, scenario } from './test-fixtures';
import type { KpiOptions } from './types';

const opts: KpiOptions = { now: NOW, periodDays: 7, timeZone: 'UTC' };
const values = (kpi: (typeof SERIES_KPIS)[number], o: Partial<KpiOptions> = {}) =>
  dailySeries(scenario(), { ...opts, ...o }, kpi).map((p) => p.value);

describe('dailySeries (scenario, 06-09 … 06-15)', () => {
  it('one point per local day, oldest first', () => {
    expect(dailySeries(scenario(), opts, 'mentions').map((p) => p.day)).toEqual([
      '2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15',
    ]);
  });

  it('hand-computed daily values', () => {
    expect(values('mentions')).toEqual([1, 1, 1, 2, 0, 1, 1]); // m7, m1, m2, m3+m4, —, m5, m6
    expect(values('competitorMentions')).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(values('needingResponse')).toEqual([0, 1, 1, 1, 0, 0, 0]);
    expect(values('responseRate')).toEqual([null, 100, 100, 0, null, null, null]);
    expect(values('issuesOpened')).toEqual([0, 1, 1, 1, 1, 1, 1]);
    expect(values('issuesResolved')).toEqual([1, 1, 0, 1, 0, 0, 0]);
    expect(values('ownPosts')).toEqual([0, 1, 0, 0, 1, 1, 0]);
    expect(values('sentiment')).toEqual([100, -100, 0, 0, null, 0, 100]);
  });

  it('per channel', () => {
    expect(values('mentions', { site: 'linkedin' })).toEqual([0, 0, 0, 2, 0, 0, 0]);
    expect(values('ownPosts', { site: 'x' })).toEqual([0, 0, 0, 0, 1, 1, 0]);
  });

  it('daily counts add up to the tile', () => {
    for (const period of [7, 30, 90] as const) {
      const o = { ...opts, periodDays: period };
      const k = computeKpis(scenario(), o).byId;
      for (const id of ['mentions', 'competitorMentions', 'needingResponse', 'issuesOpened', 'issuesResolved', 'ownPosts'] as const) {
        const sum = dailySeries(scenario(), o, id).reduce((s, p) => s + (p.value ?? 0), 0);
        expect(sum, `${id} ${period}`).toBe(k[id].value);
      }
    }
  });

  it('local days across DST: 23:30 CET on Sunday 10-26 is that Sunday', () => {
    const input = { posts: [post('x', 'a', { firstSeenAt: '2025-10-26T22:30:00Z' })], replies: [], cases: [], engagement: [] };
    const s = dailySeries(input, { ...opts, now: new Date('2025-10-27T12:00:00Z'), timeZone: 'Europe/Berlin' }, 'mentions');
    expect(s.slice(-2)).toEqual([{ day: '2025-10-26', value: 1 }, { day: '2025-10-27', value: 0 }]);
  });

  it('from daily aggregates: the same count sparklines', () => {
    for (const timeZone of ['UTC', 'Europe/Berlin', 'America/New_York']) {
      const rows = aggregatePosts(scenario().posts, timeZone).values();
      const list = [...rows];
      for (const kpi of ['mentions', 'competitorMentions', 'needingResponse', 'ownPosts', 'sentiment'] as const) {
        const o = { ...opts, timeZone, periodDays: 30 as const };
        expect(dailySeriesFromAggregates(list, o, kpi), `${kpi} ${timeZone}`).toEqual(dailySeries(scenario(), o, kpi));
      }
    }
  });
});
