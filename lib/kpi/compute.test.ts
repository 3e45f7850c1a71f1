import { computeKpis, computeKpisByChannel } from './compute';
import { H, NOW, post, reply, scenario } from './test-fixtures';
import { KPI_IDS, KPI_LABELS, type KpiInput, type KpiOptions } from './types';

// Every expectation below is worked out by hand from scenario() (see test-fixtures.ts).
const opts: KpiOptions = { now: NOW, periodDays: 7, timeZone: 'UTC' };
const EMPTY: KpiInput = { posts: [], replies: [], cases: [], engagement: [] };

describe('computeKpis — overall, hand-computed', () => {
  const r = computeKpis(scenario(), opts);
  const k = r.byId;

  it('has the 15 tiles in §8 order with their exact names', () => {
    expect(r.kpis.map((v) => v.label)).toEqual([
      'Mentions', 'Competitor mentions', 'Needing response', 'Response rate', 'Customer wait', 'Your reaction',
      'Issues opened', 'Issues resolved', 'Open issues', 'SLA breaches', 'Time to resolve', 'Sentiment',
      'Own posts', 'Engagement per post', 'Score',
    ]);
    expect(r.kpis.map((v) => v.id)).toEqual([...KPI_IDS]);
    expect(r.kpis.every((v) => v.label === KPI_LABELS[v.id])).toBe(true);
    expect(r.current).toEqual({ start: new Date('2025-06-09T00:00:00Z'), end: new Date('2025-06-16T00:00:00Z') });
  });

  it('Mentions: others, not competitor, not promoted, first seen in the period (start included)', () => {
    expect(k.mentions).toMatchObject({ value: 7, display: '7', previous: 3, changeKind: 'relative', changeDisplay: '+133%' });
    expect(k.mentions.change).toBeCloseTo(133.333, 2);
  });

  it('Competitor mentions are counted apart; no previous value → no relative change', () => {
    expect(k.competitorMentions).toMatchObject({ value: 1, previous: 0, change: null, changeDisplay: '' });
  });

  it('Needing response = issue + question mentions', () => {
    expect(k.needingResponse).toMatchObject({ value: 3, previous: 2, change: 50, changeDisplay: '+50%' });
  });

  it('Response rate: of this period’s needing mentions; an earlier mention replied to now counts for ITS period', () => {
    // current: m1, m2 replied, m3 not (its reply lies after now) → 2/3; previous: q1 (replied 06-09) of q1, q2 → 1/2
    expect(k.responseRate.value).toBeCloseTo(66.667, 2);
    expect(k.responseRate).toMatchObject({ display: '67%', previous: 50, changeKind: 'points', changeDisplay: '+17 pts' });
    expect(k.responseRate.detail).toEqual({ replied: 2, needing: 3 });
  });

  it('Customer wait: first reply per post, replies made in the period, postedAt known', () => {
    // m1 2 h, m4 11 h, q1 5 h (seen in the previous period, replied in this one); m2 has no postedAt
    expect(k.customerWait).toMatchObject({ value: 5 * H, display: '5 h', previous: null, change: null });
  });

  it('Your reaction: reply − first seen, first reply per post', () => {
    // m1 1 h, m2 30 min, m4 4 h, q1 3 h → median (1 + 3) / 2
    expect(k.yourReaction).toMatchObject({ value: 2 * H, display: '2 h' });
  });

  it('Issues opened / resolved / open now / SLA breaches / time to resolve', () => {
    expect(k.issuesOpened).toMatchObject({ value: 6, previous: 2, changeDisplay: '+200%' });
    expect(k.issuesResolved).toMatchObject({ value: 3, previous: 1 }); // k3, k4, k5 (opened earlier); k6 ignored
    expect(k.openIssues).toMatchObject({ value: 4, display: '4', previous: null, change: null });
    // default 24 h: k1 (36 h open), k4 (36 h), k6 (ignored after 48 h), k7 (48 h); previous: k5, k9 (own SLA 4 h)
    expect(k.slaBreaches).toMatchObject({ value: 4, previous: 2 });
    expect(k.timeToResolve).toMatchObject({ value: 36 * H, display: '1 d 12 h', previous: 5 * H, changeDisplay: '+1 d 7 h' });
  });

  it('SLA per category: a PR case open exactly its 48 h has not exceeded it', () => {
    expect(computeKpis(scenario(), { ...opts, slaHours: { PR: 48 } }).byId.slaBreaches.value).toBe(3);
    expect(computeKpis(scenario(), { ...opts, slaHours: { Support: 47, PR: 48 } }).byId.slaBreaches.value).toBe(1); // k6 only (48 h > 47)
  });

  it('Sentiment: pos · neu · neg shares of mentions, value = net', () => {
    // pos m4, m6 (0.06), m7; neu m2, m5 (0.04); neg m1, m3
    expect(k.sentiment.display).toBe('43% · 29% · 29%');
    expect(k.sentiment.value).toBeCloseTo(100 / 7, 6);
    expect(k.sentiment.previous).toBe(0);
    expect(k.sentiment.changeDisplay).toBe('+14 pts');
  });

  it('Own posts (not own comments) and engagement from each post’s latest snapshot', () => {
    expect(k.ownPosts).toMatchObject({ value: 3, previous: 1 });
    // o1 latest before now: 10 + 2 + 3 = 15; o2 stored numbers: 4; o4 never read: unknown, left out
    expect(k.engagementPerPost).toMatchObject({ value: 9.5, display: '9.5', previous: null, detail: { viewsPerPost: 300 } });
  });

  it('Score over the default goals', () => {
    // response rate 67% < 90 ✗, customer wait 5 h > 2 h ✗, own posts 3 ≥ 3 ✓; previous: ✗, not evaluable, ✗
    expect(k.score.value).toBeCloseTo(100 / 3, 6);
    expect(k.score).toMatchObject({ display: '33', previous: 0, changeDisplay: '+33 pts' });
    expect(k.responseRate.goal).toEqual({ target: 90, op: '>=', met: false });
    expect(k.ownPosts.goal).toEqual({ target: 3, op: '>=', met: true });
    expect(k.mentions.goal).toBeUndefined();
  });
});

describe('computeKpis — per channel', () => {
  const by = computeKpisByChannel(scenario(), opts);
  const values = (site: 'x' | 'linkedin' | 'facebook') => Object.fromEntries(by[site].kpis.map((v) => [v.id, v.display]));

  it('X', () => {
    expect(values('x')).toEqual({
      mentions: '3', competitorMentions: '1', needingResponse: '2', responseRate: '100%', customerWait: '3 h 30 min',
      yourReaction: '1 h', issuesOpened: '3', issuesResolved: '1', openIssues: '3', slaBreaches: '2',
      timeToResolve: '4 d 12 h', sentiment: '33% · 33% · 33%', ownPosts: '2', engagementPerPost: '4', score: '33',
    });
  });

  it('LinkedIn: a 0% response rate is a value', () => {
    expect(values('linkedin')).toMatchObject({ mentions: '2', needingResponse: '1', responseRate: '0%', customerWait: '11 h', yourReaction: '4 h', timeToResolve: '21 h', slaBreaches: '1', ownPosts: '1', engagementPerPost: '15', openIssues: '0' });
  });

  it('Facebook: nothing needing response → "—", not 0%', () => {
    expect(values('facebook')).toMatchObject({ mentions: '2', competitorMentions: '0', responseRate: '—', customerWait: '—', openIssues: '1', slaBreaches: '1', timeToResolve: '—', ownPosts: '0', engagementPerPost: '—', score: '0' });
  });

  it('channels add up to the overall counts', () => {
    for (const id of ['mentions', 'competitorMentions', 'needingResponse', 'issuesOpened', 'issuesResolved', 'openIssues', 'slaBreaches', 'ownPosts'] as const) {
      const sum = (['x', 'linkedin', 'facebook'] as const).reduce((s, c) => s + (by[c].byId[id].value ?? 0), 0);
      expect(sum, id).toBe(by.all.byId[id].value);
    }
  });
});

describe('computeKpis — empty periods', () => {
  it('counts show "0"; rates, medians, sentiment and engagement show "—"', () => {
    const r = computeKpis(EMPTY, { ...opts, goals: [] });
    const shown = Object.fromEntries(r.kpis.map((v) => [v.id, v.display]));
    expect(shown).toEqual({
      mentions: '0', competitorMentions: '0', needingResponse: '0', responseRate: '—', customerWait: '—', yourReaction: '—',
      issuesOpened: '0', issuesResolved: '0', openIssues: '0', slaBreaches: '0', timeToResolve: '—', sentiment: '—',
      ownPosts: '0', engagementPerPost: '—', score: '—',
    });
    expect(r.kpis.every((v) => !v.display.includes('NaN') && v.changeDisplay === '')).toBe(true);
    expect(r.byId.responseRate.value).toBeNull();
    expect(r.byId.mentions.value).toBe(0);
  });

  it('with the default goals an empty week scores 0: no own posts is a measured miss', () => {
    expect(computeKpis(EMPTY, opts).byId.score).toMatchObject({ value: 0, display: '0' });
  });
});

describe('computeKpis — local days and DST', () => {
  const seen = (id: string, firstSeenAt: string) => post('x', id, { firstSeenAt });
  const count = (posts: ReturnType<typeof post>[], o: Partial<KpiOptions>) => {
    const m = computeKpis({ ...EMPTY, posts }, { ...opts, ...o }).byId.mentions;
    return [m.value, m.previous];
  };

  it('Berlin, spring: 23:30 local on the previous period’s last day counts there', () => {
    // now Mon 2025-03-31 12:00 CEST; current = local 03-25…03-31, starting 2025-03-24T23:00Z (CET)
    const posts = [seen('a', '2025-03-24T22:30:00Z'), seen('b', '2025-03-24T23:10:00Z'), seen('c', '2025-03-30T22:30:00Z')];
    const now = new Date('2025-03-31T10:00:00Z');
    expect(count(posts, { now, timeZone: 'Europe/Berlin' })).toEqual([2, 1]); // b (00:10 local 03-25), c (00:30 CEST 03-31)
    expect(count(posts, { now, timeZone: 'UTC' })).toEqual([1, 2]); // the same instants, UTC days
  });

  it('Berlin, autumn: the 25-hour Sunday ends at 23:00Z', () => {
    const now = new Date('2025-11-02T10:00:00Z'); // current = local 10-27…11-02
    const posts = [seen('a', '2025-10-26T22:30:00Z'), seen('b', '2025-10-26T23:00:00Z'), seen('c', '2025-10-25T22:30:00Z')];
    // a = 23:30 CET Sun 10-26 (previous), b = 00:00 Mon 10-27 (current), c = 00:30 CEST Sun 10-26 (previous)
    expect(count(posts, { now, timeZone: 'Europe/Berlin' })).toEqual([1, 2]);
  });

  it('New York: the 23-hour DST Sunday starts at 05:00Z', () => {
    const now = new Date('2025-03-15T16:00:00Z'); // current = local 03-09…03-15
    const posts = [seen('a', '2025-03-09T04:30:00Z'), seen('b', '2025-03-09T05:00:00Z')]; // 23:30 EST Sat, 00:00 Sun
    expect(count(posts, { now, timeZone: 'America/New_York' })).toEqual([1, 1]);
  });

  it('a reply in the current period to a mention seen in the previous one: wait counted now, rate then', () => {
    const input: KpiInput = {
      ...EMPTY,
      posts: [post('x', 'q', { kind: 'issue', postedAt: '2025-06-08T23:00:00Z', firstSeenAt: '2025-06-08T23:30:00Z' })],
      replies: [reply('x', 'q', '2025-06-09T00:30:00Z')],
    };
    const k = computeKpis(input, opts).byId;
    expect([k.needingResponse.value, k.responseRate.value, k.responseRate.previous]).toEqual([0, null, 100]);
    expect([k.customerWait.value, k.yourReaction.value, k.customerWait.previous]).toEqual([1.5 * H, H, null]);
  });

  it('30 and 90 days extend the window (previous = the 30/90 days before)', () => {
    const r30 = computeKpis(scenario(), { ...opts, periodDays: 30 });
    expect(r30.current.start).toEqual(new Date('2025-05-17T00:00:00Z'));
    expect(r30.previous.start).toEqual(new Date('2025-04-17T00:00:00Z'));
    expect(r30.byId.mentions).toMatchObject({ value: 10, previous: 0 });
    expect(r30.byId.competitorMentions.value).toBe(2);
  });
});
