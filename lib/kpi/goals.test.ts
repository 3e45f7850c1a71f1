import { computeKpis } from './compute';
import { DEFAULT_GOALS, evaluateGoal, goalsForScope, scaleTarget, scoreOf } from './goals';
import { NOW, scenario } from './test-fixtures';
import type { Goal, KpiOptions } from './types';

const H = 3_600_000;
const opts: KpiOptions = { now: NOW, periodDays: 7, timeZone: 'UTC' };

describe('goal targets', () => {
  it('per-week counts scale to the period: 3 own posts a week → 3, 13, 39', () => {
    const own = DEFAULT_GOALS.find((g) => g.kpi === 'ownPosts')!;
    expect([7, 30, 90].map((d) => scaleTarget(own, d))).toEqual([3, 13, 39]);
  });

  it('rates and durations do not scale', () => {
    expect(DEFAULT_GOALS.filter((g) => g.kpi !== 'ownPosts').map((g) => scaleTarget(g, 90))).toEqual([90, 2 * H]);
  });
});

describe('evaluateGoal / scoreOf', () => {
  const rate: Goal = { site: 'all', kpi: 'responseRate', op: '>=', target: 90 };
  const wait: Goal = { site: 'all', kpi: 'customerWait', op: '<=', target: 2 * H };

  it('met, not met, and not evaluable (null value)', () => {
    expect(evaluateGoal(rate, 90, 7).met).toBe(true); // "≥ 90%" includes 90
    expect(evaluateGoal(rate, 89.9, 7).met).toBe(false);
    expect(evaluateGoal(wait, 2 * H, 7).met).toBe(true);
    expect(evaluateGoal(wait, null, 7).met).toBeNull();
  });

  it('score = share of evaluable goals met, equal weights; nothing evaluable → null', () => {
    const r = (met: boolean | null) => ({ ...rate, scaledTarget: 90, value: met === null ? null : 1, met });
    expect(scoreOf([r(true), r(false), r(null), r(true)])).toBeCloseTo(200 / 3, 9);
    expect(scoreOf([r(null)])).toBeNull();
    expect(scoreOf([])).toBeNull();
  });
});

describe('goals per channel', () => {
  const goals: Goal[] = [
    { site: 'x', kpi: 'responseRate', op: '>=', target: 90 },
    { site: 'all', kpi: 'responseRate', op: '>=', target: 90 },
    { site: 'linkedin', kpi: 'ownPosts', op: '>=', target: 1 },
  ];

  it('a channel view inherits the overall goals it has none of its own for', () => {
    expect(goalsForScope(goals, 'x').map((g) => [g.site, g.kpi, g.inherited ?? false])).toEqual([['x', 'responseRate', false]]);
    expect(goalsForScope(goals, 'linkedin').map((g) => [g.site, g.kpi, g.inherited ?? false])).toEqual([
      ['linkedin', 'ownPosts', false],
      ['linkedin', 'responseRate', true],
    ]);
  });

  it('overall score counts every goal on its own channel; channel scores their own', () => {
    // X rate 100% ✓, overall rate 67% ✗, LinkedIn own posts 1 ≥ 1 ✓
    const all = computeKpis(scenario(), { ...opts, goals });
    expect(all.goals.map((g) => g.met)).toEqual([true, false, true]);
    expect(all.byId.score.display).toBe('67');
    expect(all.byId.responseRate.goal).toEqual({ target: 90, op: '>=', met: false }); // the overall goal on the overall tile
    expect(computeKpis(scenario(), { ...opts, goals, site: 'x' }).byId.score.display).toBe('100');
    // LinkedIn: own posts ✓, inherited response rate 0% ✗
    expect(computeKpis(scenario(), { ...opts, goals, site: 'linkedin' }).byId.score.display).toBe('50');
  });

  it('not evaluable goals are left out of the score; none left → "—"', () => {
    // Facebook: nothing needed a response and nobody waited → both goals not evaluable
    const fb = computeKpis(scenario(), { ...opts, site: 'facebook', goals: DEFAULT_GOALS.slice(0, 2) });
    expect(fb.goals.map((g) => g.met)).toEqual([null, null]);
    expect(fb.byId.score).toMatchObject({ value: null, display: '—' });
    expect(fb.byId.responseRate.goal).toEqual({ target: 90, op: '>=', met: null });
  });

  it('no goals → Score "—"', () => {
    expect(computeKpis(scenario(), { ...opts, goals: [] }).byId.score.display).toBe('—');
  });

  it('30-day view judges own posts against 13', () => {
    const r = computeKpis(scenario(), { ...opts, periodDays: 30 });
    expect(r.byId.ownPosts.goal).toEqual({ target: 13, op: '>=', met: false });
  });

  it('a goal on Open issues is judged now, and only now', () => {
    const r = computeKpis(scenario(), { ...opts, goals: [{ site: 'all', kpi: 'openIssues', op: '<=', target: 5 }] });
    expect(r.byId.openIssues.goal).toEqual({ target: 5, op: '<=', met: true });
    expect(r.byId.score).toMatchObject({ value: 100, previous: null });
  });
});
