import { makeCase } from '../cases/test-case';
import { computeKpisByChannel, type Goal } from '../kpi';
import { H, NOW, post, scenario } from '../kpi/test-fixtures';
import type { Site } from '../model/types';
import { BRIEF_LIMITS, buildBrief, periodLabel, type BriefInput } from './build-brief';

const goals: Goal[] = [
  { site: 'all', kpi: 'responseRate', op: '>=', target: 90 },
  { site: 'all', kpi: 'customerWait', op: '<=', target: 2 * H },
  { site: 'x', kpi: 'mentions', op: '>=', target: 1 },
];
const reports = computeKpisByChannel(scenario(), { now: NOW, periodDays: 7, timeZone: 'UTC', goals });
const ago = (h: number) => new Date(NOW.getTime() - h * H).toISOString();
const policy = [{ name: 'Support', slaHours: 24 }, { name: 'PR', slaHours: 4 }];

function input(over: Partial<BriefInput> = {}): BriefInput {
  return {
    now: NOW, periodDays: 7, report: reports.all,
    byChannel: { x: reports.x, linkedin: reports.linkedin, facebook: reports.facebook } as Record<Site, typeof reports.all>,
    activeCases: [], issuePosts: [], praisePosts: [], watchlist: ['Northwind Coffee'], slaPolicy: policy, ...over,
  };
}

describe('buildBrief', () => {
  it('titles the brief with the period’s local days', () => {
    const brief = buildBrief(input());
    expect(periodLabel(reports.all)).toMatch(/^Jun 9\s*–\s*15, 2025$/);
    expect(brief.title).toBe(`Earshot review brief — ${periodLabel(reports.all)}`);
    expect(brief.periodDays).toBe(7);
  });

  it('has every KPI with all channels and each channel, goal marks and the all-channels goal', () => {
    const { kpis } = buildBrief(input());
    expect(kpis.map((k) => k.label)).toEqual(reports.all.kpis.map((k) => k.label));
    const rate = kpis.find((k) => k.id === 'responseRate')!;
    expect(rate.cells.all).toEqual({ display: reports.all.byId.responseRate.display, mark: expect.stringMatching(/met|unmet|unknown/) });
    expect(rate.goal).toBe('≥ 90%');
    expect(kpis.find((k) => k.id === 'customerWait')!.goal).toBe('≤ 2 h');
    const mentions = kpis.find((k) => k.id === 'mentions')!;
    expect(mentions.goal).toBeNull(); // only X has a mentions goal
    expect(mentions.cells.x.mark).toBe('met');
    expect(mentions.cells.linkedin.mark).toBeNull();
    expect(mentions.cells.all.display).toBe(reports.all.byId.mentions.display);
    expect(kpis.find((k) => k.id === 'score')!.goal).toMatch(/^\d of \d goals met$/);
  });

  it('lists the 5 most urgent open cases with SLA words, first line of text and safe links only', () => {
    const cases = [
      makeCase({ id: 'C-1', openedAt: ago(30), text: '\n\nFirst line here\nsecond line' }), // breached 6 h ago
      makeCase({ id: 'C-2', openedAt: ago(2), category: 'PR' }), // due in 2 h
      makeCase({ id: 'C-3', openedAt: ago(1), url: 'javascript:alert(1)', author: '' }),
      makeCase({ id: 'C-4', openedAt: ago(3) }), makeCase({ id: 'C-5', openedAt: ago(4) }), makeCase({ id: 'C-6', openedAt: ago(5), state: 'escalated' }),
    ];
    const brief = buildBrief(input({ activeCases: cases }));
    expect(brief.openCount).toBe(6);
    expect(brief.issues.map((i) => i.id)).toEqual(['C-1', 'C-2', 'C-6', 'C-5', 'C-4']);
    expect(brief.issues[0]).toMatchObject({ sla: 'SLA breached 6 h ago', breached: true, firstLine: 'First line here', age: '1 d 6 h', site: 'X' });
    expect(brief.issues[1]).toMatchObject({ sla: 'SLA due in 2 h', breached: false, category: 'PR' });
    const c3 = buildBrief(input({ activeCases: [cases[2]!] })).issues[0]!;
    expect(c3).toMatchObject({ url: null, author: 'someone' });
  });

  it('groups repeat problems over the period’s issues, without the watchlist words; top 5', () => {
    const issue = (id: string, h: number, text: string, over = {}) => post('x', id, { kind: 'issue', text, firstSeenAt: ago(h), ...over });
    const issuePosts = [
      issue('a', 5, 'Northwind Coffee order never arrived'), issue('b', 30, 'My order never arrived!'),
      issue('c', 200, 'parcel never arrived'), issue('d', 40, 'never arrived, Northwind Coffee', { competitor: true }),
      issue('e', 50, 'Northwind Coffee Northwind Coffee'), issue('f', 60, 'Northwind Coffee sucks'),
    ];
    const brief = buildBrief(input({ issuePosts }));
    expect(brief.repeatProblems.map((t) => [t.phrase, t.count, t.previousCount, t.trend])).toEqual([['never arrived', 2, 1, 'up']]);
    const many = Array.from({ length: 8 }, (_, i) => [issue(`p${i}a`, 2, `problem${i} alpha${i}`), issue(`p${i}b`, 3, `problem${i} alpha${i}`)]).flat();
    expect(buildBrief(input({ issuePosts: many })).repeatProblems).toHaveLength(BRIEF_LIMITS.repeatProblems);
  });

  it('picks the 3 most positive praise mentions of the period by others', () => {
    const praise = (id: string, h: number, sentiment: number, over = {}) =>
      post('linkedin', id, { kind: 'praise', sentiment, firstSeenAt: ago(h), author: `Fan ${id}`, url: `https://www.linkedin.com/feed/update/${id}/`, text: `Love it ${id}\nmore`, ...over });
    const praisePosts = [
      praise('a', 5, 0.5), praise('b', 6, 0.9), praise('c', 7, 0.7), praise('d', 8, 0.8),
      praise('old', 24 * 9, 1), praise('own', 5, 1, { isOwn: true }), praise('comp', 5, 1, { competitor: true }),
    ];
    expect(buildBrief(input({ praisePosts })).praise).toEqual([
      { author: 'Fan b', site: 'LinkedIn', text: 'Love it b', url: 'https://www.linkedin.com/feed/update/b/' },
      { author: 'Fan d', site: 'LinkedIn', text: 'Love it d', url: 'https://www.linkedin.com/feed/update/d/' },
      { author: 'Fan c', site: 'LinkedIn', text: 'Love it c', url: 'https://www.linkedin.com/feed/update/c/' },
    ]);
  });

  it('reports customer wait and your reaction with the previous period and the goal', () => {
    const [wait, reaction] = buildBrief(input()).response;
    expect(wait).toMatchObject({ label: 'Customer wait', display: reports.all.byId.customerWait.display });
    expect(wait!.goal).toMatch(/^goal ≤ 2 h \((met|not met|nothing to measure)\)$/);
    expect(reaction).toMatchObject({ label: 'Your reaction', goal: null });
  });

  it('cleans page text to one safe line', () => {
    const hostile = makeCase({ author: 'Evil\u202E\u0000 name', text: `${'x'.repeat(500)}\nmore` });
    const [issue] = buildBrief(input({ activeCases: [hostile] })).issues;
    expect(issue!.author).toBe('Evil name');
    expect(issue!.firstLine).toHaveLength(BRIEF_LIMITS.textChars);
    expect(issue!.firstLine.endsWith('…')).toBe(true);
  });
});
