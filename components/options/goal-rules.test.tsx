import type { Goal } from '@/lib/kpi';
import { DEFAULT_GOALS } from '@/lib/kpi';
import { defaultOp, describeGoal, fromInput, toInput, unitOf, validateGoal } from './goal-rules';

describe('goal rules', () => {
  it.each([
    ['responseRate', 'percent'],
    ['customerWait', 'hours'],
    ['timeToResolve', 'hours'],
    ['ownPosts', 'perWeek'],
    ['slaBreaches', 'perWeek'],
    ['openIssues', 'count'],
    ['sentiment', 'points'],
    ['engagementPerPost', 'perPost'],
  ] as const)('%s is typed in %s', (kpi, unit) => {
    expect(unitOf(kpi)).toBe(unit);
  });

  it('converts hours to and from the engine’s milliseconds', () => {
    expect(fromInput('customerWait', 1.5)).toBe(5_400_000);
    expect(toInput('customerWait', 7_200_000)).toBe(2);
    expect(fromInput('ownPosts', 3)).toBe(3);
  });

  it('starts waits and breaches at "at most"', () => {
    expect(defaultOp('customerWait')).toBe('<=');
    expect(defaultOp('slaBreaches')).toBe('<=');
    expect(defaultOp('responseRate')).toBe('>=');
  });

  it('names goals in the user’s units', () => {
    expect(DEFAULT_GOALS.map(describeGoal)).toEqual([
      'Response rate ≥ 90%, All channels',
      'Customer wait ≤ 2 hours, All channels',
      'Own posts ≥ 3 per week, All channels',
    ]);
    expect(describeGoal({ site: 'linkedin', kpi: 'sentiment', op: '>=', target: 20 })).toBe('Sentiment ≥ 20 pts, LinkedIn');
  });

  const draft: Omit<Goal, 'target'> = { site: 'x', kpi: 'responseRate', op: '>=' };
  it.each([
    ['', 'Enter the target as a number.'],
    ['abc', 'Enter the target as a number.'],
    ['0', 'The target must be a positive number.'],
    ['-1', 'The target must be a positive number.'],
    ['100.5', 'A percentage cannot be more than 100.'],
    ['100', null],
    ['87,5', null],
  ])('target %j → %s', (raw, problem) => {
    expect(validateGoal(draft, raw, DEFAULT_GOALS)).toBe(problem);
  });

  it('allows one goal per KPI and channel', () => {
    expect(validateGoal({ ...draft, site: 'all' }, '80', DEFAULT_GOALS)).toMatch(/already a goal for Response rate on All channels/);
    expect(validateGoal({ site: 'x', kpi: 'sentiment', op: '>=' }, '101', [])).toBe('Net sentiment runs up to 100 points.');
  });
});
