import { computeKpis } from './compute';
import { KPI_POST_FIELDS, sameForKpis } from './post-fields';
import { NOW, post, rng, scenario } from './test-fixtures';
import type { StoredPost } from '../model/types';

describe('the post fields the KPIs read', () => {
  it('computeKpis ignores every other field (so a write changing only those cannot move a number)', () => {
    const random = rng(3);
    const input = scenario();
    const options = { now: NOW, periodDays: 7 as const, timeZone: 'UTC', slaHours: { PR: 4 } };
    const report = computeKpis(input, options);
    const scrambled = input.posts.map((p): StoredPost => ({
      ...p,
      url: `https://example.test/${random()}`,
      author: String(random()),
      handle: random() < 0.5 ? null : 'h',
      text: String(random()),
      terms: [],
      urgency: random(),
      reasons: ['x'],
      truncated: true,
      parentPostId: 'p',
      lastSeenAt: new Date(NOW.getTime() + random() * 1e9).toISOString(),
    }));
    for (const p of scrambled) for (const f of KPI_POST_FIELDS) expect(p[f]).toEqual(input.posts.find((q) => q.postId === p.postId)![f]);
    expect(computeKpis({ ...input, posts: scrambled }, options)).toEqual(report);
  });

  it('sameForKpis: a revisit is the same; a new kind, sentiment, time or engagement is not', () => {
    const a = post('x', '1', { kind: 'issue', sentiment: -0.5, engagement: { likes: 3 } });
    expect(sameForKpis(a, { ...a, lastSeenAt: '2030-01-01T00:00:00Z', text: 'edited', reasons: [] })).toBe(true);
    expect(sameForKpis(a, { ...a, engagement: { likes: 3, views: undefined } })).toBe(true);
    expect(sameForKpis({ ...a, engagement: undefined }, { ...a, engagement: null })).toBe(true);
    expect(sameForKpis(a, { ...a, kind: 'question' })).toBe(false);
    expect(sameForKpis(a, { ...a, sentiment: -0.4 })).toBe(false);
    expect(sameForKpis(a, { ...a, firstSeenAt: '2025-06-01T00:00:00Z' })).toBe(false);
    expect(sameForKpis(a, { ...a, engagement: { likes: 4 } })).toBe(false);
    expect(sameForKpis(a, { ...a, engagement: null })).toBe(false);
  });
});
