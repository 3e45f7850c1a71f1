import { groupTopics, type TopicIssue } from './topics';

const now = new Date('2025-03-10T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const brand = ['Northwind Coffee', '@NorthwindCoffee', '#northwind'];
const options = { now, periodDays: 7, exclude: brand };

/** Issues as customers write them (this week unless `d` says otherwise). */
const ISSUES: TopicIssue[] = [
  { id: 'C-1001', at: daysAgo(1), text: '@NorthwindCoffee my order never arrived. Ordered 2 weeks ago!!' },
  { id: 'C-1002', at: daysAgo(2), text: 'Three weeks and my Northwind Coffee subscription box NEVER ARRIVED 😡' },
  { id: 'C-1003', at: daysAgo(3), text: 'Still waiting… package never arrived, tracking says delivered' },
  { id: 'C-1004', at: daysAgo(1), text: 'Northwind charged me twice for the same order. Refund please' },
  { id: 'C-1005', at: daysAgo(2), text: 'I was CHARGED TWICE by Northwind Coffee?! Want my money back' },
  { id: 'C-1006', at: daysAgo(4), text: 'Got charged twice again this month @NorthwindCoffee, fix your billing #northwind' },
  { id: 'C-1007', at: daysAgo(5), text: 'The Northwind app keeps crashing when I try to pay' },
  { id: 'C-1008', at: daysAgo(6), text: 'App keeps crashing on checkout, iPhone 15 https://t.co/abc' },
  { id: 'C-1009', at: daysAgo(2), text: 'Barista was rude to me at the Leeds store' },
  // The previous week.
  { id: 'C-0901', at: daysAgo(8), text: 'My order never arrived, second time this month' },
  { id: 'C-0902', at: daysAgo(9), text: 'Parcel never arrived. Tracking useless.' },
  { id: 'C-0903', at: daysAgo(10), text: 'Order never arrived and no reply to my emails' },
  { id: 'C-0904', at: daysAgo(13), text: 'You charged me twice!' },
  // Older than both periods: ignored.
  { id: 'C-0801', at: daysAgo(20), text: 'charged twice charged twice' },
];

describe('groupTopics', () => {
  it('surfaces "never arrived" and "charged twice" with this-period and previous-period counts', () => {
    const topics = groupTopics(ISSUES, options);
    expect(topics.map((t) => [t.phrase, t.count, t.previousCount, t.trend])).toEqual([
      ['never arrived', 3, 3, 'flat'],
      ['charged twice', 3, 1, 'up'],
      ['app crashing', 2, 0, 'new'],
    ]);
    expect(topics[0]).toMatchObject({ ids: ['C-1003', 'C-1002', 'C-1001'], previousIds: ['C-0903', 'C-0902', 'C-0901'] });
    expect(topics[1]?.ids).toEqual(['C-1006', 'C-1005', 'C-1004']);
  });

  it('never makes a topic of the brand, stop words, handles, numbers or URLs', () => {
    const phrases = groupTopics(ISSUES, { ...options, minCount: 1, maxTopics: 100 }).map((t) => t.phrase);
    for (const word of ['northwind', 'coffee', 'northwindcoffee', 'my', 'the', 'please', '15', 'https', 't.co', 'tco', 'abc'])
      expect(phrases.some((p) => p.split(' ').includes(word))).toBe(false);
    // Negations only ever start a phrase.
    expect(phrases.filter((p) => p === 'never' || p === 'still' || / (never|still)$/.test(p))).toEqual([]);
    // With every phrase allowed, the lone rude-barista issue still gets a topic of its own.
    expect(phrases).toContain('barista rude');
  });

  it('folds accents and case, ignores word order, and shows the commonest spelling', () => {
    const issues: TopicIssue[] = [
      { id: 'a', at: daysAgo(1), text: 'Le café froid, encore' },
      { id: 'b', at: daysAgo(1), text: 'CAFÉ FROID !!' },
      { id: 'c', at: daysAgo(1), text: 'cafe froid' },
      { id: 'd', at: daysAgo(1), text: 'Twice charged, seriously' },
      { id: 'e', at: daysAgo(1), text: 'charged twice' },
      { id: 'f', at: daysAgo(1), text: 'Charged twice' },
    ];
    expect(groupTopics(issues, { ...options, exclude: [] }).map((t) => [t.phrase, t.ids])).toEqual([
      ['café froid', ['a', 'b', 'c']],
      ['charged twice', ['d', 'e', 'f']],
    ]);
  });

  it('keeps a negation only at the start of a phrase and never joins across sentences', () => {
    const issues: TopicIssue[] = [
      { id: 'a', at: daysAgo(1), text: "Login doesn't work. Refund!" },
      { id: 'b', at: daysAgo(1), text: 'login doesnt work for me' },
      { id: 'c', at: daysAgo(1), text: 'I want a refund. Login fine.' },
    ];
    expect(groupTopics(issues, { ...options, exclude: [] }).map((t) => [t.phrase, t.count])).toEqual([["doesn't work", 2]]);
    const all = groupTopics(issues, { ...options, exclude: [], minCount: 1, maxTopics: 100 }).map((t) => t.phrase);
    expect(all).toEqual(["doesn't work", 'login fine']);
  });

  it('is deterministic whatever the input order, and caps topics', () => {
    const shuffled = [...ISSUES].reverse();
    expect(groupTopics(shuffled, options)).toEqual(groupTopics(ISSUES, options));
    expect(groupTopics(ISSUES, { ...options, maxTopics: 1 })).toHaveLength(1);
    expect(groupTopics([], options)).toEqual([]);
  });

  it('stays fast and bounded on hostile input', () => {
    const hostile: TopicIssue[] = Array.from({ length: 200 }, (_, i) => ({
      id: `h${i}`, at: daysAgo(1), text: `never arrived ${'\u202Ezalgo̸̢ '.repeat(10_000)}${'a'.repeat(100_000)}`,
    }));
    const started = performance.now();
    const topics = groupTopics(hostile, options);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(topics[0]).toMatchObject({ phrase: 'never arrived', count: 200 });
  });
});
