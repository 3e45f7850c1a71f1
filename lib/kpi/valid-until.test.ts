import { computeKpis } from './compute';
import { H, kase, NOW, post, reply, rng, scenario, snap } from './test-fixtures';
import type { KpiInput, KpiOptions, PeriodDays } from './types';
import { kpisValidUntil } from './valid-until';
import type { Site } from '../model/types';

const DAY = 24 * H;
const SITES: Site[] = ['x', 'linkedin', 'facebook'];

/** Posts, replies, snapshots and cases around `now`, some of them in its future. */
function randomInput(random: () => number, now: number): KpiInput {
  const at = (spread: number) => new Date(now + Math.floor((random() - 0.8) * spread)).toISOString();
  const site = () => SITES[Math.floor(random() * 3)]!;
  const posts = Array.from({ length: 40 }, (_, i) =>
    post(site(), `p${i}`, { firstSeenAt: at(20 * DAY), kind: random() < 0.5 ? 'issue' : 'praise', isOwn: random() < 0.1, postedAt: random() < 0.5 ? at(20 * DAY) : null }),
  );
  return {
    posts,
    replies: Array.from({ length: 30 }, () => {
      const p = posts[Math.floor(random() * posts.length)]!;
      return reply(p.site, p.postId, at(10 * DAY));
    }),
    engagement: posts.filter((p) => p.isOwn).map((p) => snap(p.site, p.postId, at(4 * DAY), { likes: Math.floor(random() * 30) })),
    cases: Array.from({ length: 12 }, (_, i) => {
      const state = (['open', 'escalated', 'resolved', 'ignored'] as const)[Math.floor(random() * 4)]!;
      const openedAt = at(4 * DAY);
      return kase(site(), `p${i}`, { state, openedAt, category: random() < 0.5 ? 'PR' : 'Support', resolvedAt: state === 'resolved' || state === 'ignored' ? openedAt : null });
    }),
  };
}

describe('kpisValidUntil', () => {
  it('the scenario: the next SLA breach of an open case comes before midnight', () => {
    // k2 (escalated, Billing: 24 h) opened 2025-06-15T00:00Z breaches 1 ms after midnight (UTC), the reply after
    // now is at midnight, the snapshot after now at noon the next day, k7 (PR: 4 h) breached long ago: midnight.
    const input = scenario();
    const options: KpiOptions = { now: NOW, periodDays: 7, timeZone: 'UTC', slaHours: { PR: 4 } };
    expect(new Date(kpisValidUntil(input, options)).toISOString()).toBe('2025-06-16T00:00:00.000Z');
    const noFuture = { ...input, replies: input.replies.filter((r) => r.at < NOW.toISOString()), engagement: [] };
    const sooner = { ...noFuture, cases: [...noFuture.cases, kase('x', 'k10', { state: 'open', openedAt: '2025-06-14T13:00:00Z' })] };
    expect(new Date(kpisValidUntil(sooner, options)).toISOString()).toBe('2025-06-15T13:00:00.001Z');
  });

  it('until then, computeKpis at any later clock gives the same report', () => {
    const random = rng(7);
    for (let round = 0; round < 60; round++) {
      const now = NOW.getTime() + Math.floor(random() * 40 * DAY);
      const input = randomInput(random, now);
      const timeZone = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'][round % 4]!;
      const options: KpiOptions = { now: new Date(now), periodDays: ([7, 30, 90] as PeriodDays[])[round % 3]!, timeZone, slaHours: { PR: 4 }, site: 'all' };
      const until = kpisValidUntil(input, options);
      expect(until).toBeGreaterThan(now);
      const report = computeKpis(input, options);
      for (const t of [until - 1, now + Math.floor(random() * (until - now))]) {
        expect(computeKpis(input, { ...options, now: new Date(t) })).toEqual(report);
      }
    }
  });
});
