import { computeChange, formatChange, formatDuration, formatPercent, formatSentiment, formatValue } from './format';

const MIN = 60_000;
const H = 60 * MIN;

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [20_000, '< 1 min'],
    [45 * MIN, '45 min'],
    [59 * MIN + 40_000, '1 h'],
    [2 * H + 10 * MIN, '2 h 10 min'],
    [2 * H, '2 h'],
    [24 * H, '1 d'],
    [3 * 24 * H + 4 * H + 10 * MIN, '3 d 4 h'],
    [-15 * MIN, '−15 min'],
  ])('%s → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('formatting values and changes', () => {
  it('percent, sentiment, counts, "—" for null and NaN', () => {
    expect(formatPercent(66.6667)).toBe('67%');
    expect(formatPercent(null)).toBe('—');
    expect(formatSentiment({ positive: 62, neutral: 25, negative: 13 })).toBe('62% · 25% · 13%');
    expect(formatSentiment(null)).toBe('—');
    expect(formatValue('count', 0)).toBe('0');
    expect(formatValue('number', Number.NaN)).toBe('—');
    expect(formatValue('number', 12.345)).toBe('12.3');
  });

  it('relative change needs a non-zero previous value; points and absolute are differences', () => {
    expect(computeChange('relative', 15, 10)).toBe(50);
    expect(computeChange('relative', 5, 0)).toBeNull();
    expect(computeChange('points', 40, 55)).toBe(-15);
    expect(computeChange('absolute', null, 5)).toBeNull();
    expect(formatChange('relative', 'count', -12.5)).toBe('−13%');
    expect(formatChange('points', 'percent', 0)).toBe('0 pts');
    expect(formatChange('absolute', 'duration', -75 * MIN)).toBe('−1 h 15 min');
    expect(formatChange('relative', 'count', null)).toBe('');
  });
});
