import { DEFAULT_GOALS, type Goal } from '../kpi';
import { getGoals, goalsItem, isGoal, MAX_GOALS, saveGoals } from './goals';

describe('goals (sync:goals)', () => {
  it('defaults to DEFAULT_GOALS until saved, then keeps the list as saved (order included)', async () => {
    expect(await getGoals()).toEqual(DEFAULT_GOALS);
    const mine: Goal[] = [
      { site: 'x', kpi: 'responseRate', op: '>=', target: 95 },
      { site: 'all', kpi: 'sentiment', op: '>=', target: -10 },
    ];
    await saveGoals(mine);
    expect(await getGoals()).toEqual(mine);
    expect(await goalsItem.getValue()).toEqual(mine);
  });

  it('an empty list is a choice (no goals), not a reset', async () => {
    await saveGoals([]);
    expect(await getGoals()).toEqual([]);
  });

  it('drops malformed stored entries and extra fields', async () => {
    await goalsItem.setValue([
      { site: 'x', kpi: 'mentions', op: '>=', target: 5, note: 'extra' },
      { site: 'x', kpi: 'score', op: '>=', target: 50 },
      { site: 'mastodon', kpi: 'mentions', op: '>=', target: 5 },
      { site: 'all', kpi: 'mentions', op: '>', target: 5 },
      { site: 'all', kpi: 'mentions', op: '>=', target: Number.NaN },
      null,
    ] as unknown as Goal[]);
    expect(await getGoals()).toEqual([{ site: 'x', kpi: 'mentions', op: '>=', target: 5 }]);
    await goalsItem.setValue('garbage' as unknown as Goal[]);
    expect(await getGoals()).toEqual(DEFAULT_GOALS);
  });

  it('refuses to save a malformed goal or too many, and changes nothing then', async () => {
    await saveGoals(DEFAULT_GOALS);
    await expect(saveGoals([{ site: 'all', kpi: 'score', op: '>=', target: 1 } as unknown as Goal])).rejects.toThrow(/Goal 1/);
    const many = Array.from({ length: MAX_GOALS + 1 }, (): Goal => ({ site: 'all', kpi: 'mentions', op: '>=', target: 1 }));
    await expect(saveGoals(many)).rejects.toThrow(RangeError);
    expect(await getGoals()).toEqual(DEFAULT_GOALS);
    expect(isGoal({ site: 'linkedin', kpi: 'customerWait', op: '<=', target: 7_200_000 })).toBe(true);
  });

  it('notifies watchers (the popup re-runs its query when goals change)', async () => {
    const seen: Goal[][] = [];
    const stop = goalsItem.watch((v) => seen.push(v));
    await saveGoals([{ site: 'all', kpi: 'ownPosts', op: '>=', target: 5 }]);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    stop();
  });
});
