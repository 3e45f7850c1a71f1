import { detectSpike } from './spike';

const now = new Date('2025-03-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
/** `n` timestamps spread inside the 24 h window that ended `day` days ago (0 = the last 24 h). */
const inDay = (day: number, n: number) => Array.from({ length: n }, (_, i) => hoursAgo(day * 24 + 1 + (i % 22)));

describe('detectSpike', () => {
  it('a quiet brand needs at least 5 negative mentions', () => {
    expect(detectSpike(inDay(0, 4), now)).toMatchObject({ spiking: false, last24h: 4, threshold: 5 });
    const r = detectSpike(inDay(0, 5), now);
    expect(r).toMatchObject({ spiking: true, last24h: 5, threshold: 5, baseline: { mean: 0, stdDev: 0 } });
    expect(r.explanation).toBe('Spike: 5 negative mentions in the last 24 h, usually 0 a day over the previous 7 days (alert at 5 or more).');
  });

  it('a steady baseline alerts at twice the usual count', () => {
    const baseline = [1, 2, 3, 4, 5, 6, 7].flatMap((d) => inDay(d, 10));
    expect(detectSpike([...baseline, ...inDay(0, 19)], now)).toMatchObject({ spiking: false, threshold: 20 });
    const r = detectSpike([...baseline, ...inDay(0, 20)], now);
    expect(r).toMatchObject({ spiking: true, last24h: 20, baseline: { daily: [10, 10, 10, 10, 10, 10, 10], mean: 10, stdDev: 0 } });
  });

  it('a noisy baseline needs more than an ordinary busy day (mean + 3 sd)', () => {
    // Days alternate 2 and 18: mean 8.9, sd ≈ 7.9, so an 18-day is ordinary and the bar is ⌈8.86 + 3 × 7.94⌉ = 33.
    const counts = [2, 18, 2, 18, 2, 18, 2];
    const baseline = counts.flatMap((n, i) => inDay(i + 1, n));
    const r = detectSpike([...baseline, ...inDay(0, 18)], now);
    expect(r.spiking).toBe(false);
    expect(r.threshold).toBe(33);
    expect(r.explanation).toMatch(/^No spike: 18 negative mentions in the last 24 h, usually 8\.9 a day/);
    expect(detectSpike([...baseline, ...inDay(0, 33)], now).spiking).toBe(true);
  });

  it('window edges: exactly 24 h ago is baseline, exactly now counts; the future and 8 days ago or older are ignored', () => {
    const r = detectSpike([now.toISOString(), hoursAgo(24), hoursAgo(8 * 24 - 1), hoursAgo(8 * 24), hoursAgo(-1), 'not a date'], now);
    expect(r.last24h).toBe(1);
    expect(r.baseline.daily).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(detectSpike([], now).explanation).toBe('No spike: 0 negative mentions in the last 24 h, usually 0 a day over the previous 7 days (alert at 5 or more).');
    expect(detectSpike([now.toISOString()], now).explanation).toMatch(/^No spike: 1 negative mention in/);
  });

  it('is deterministic and independent of input order', () => {
    const stamps = [...inDay(0, 7), ...inDay(3, 2)];
    expect(detectSpike([...stamps].reverse(), now)).toEqual(detectSpike(stamps, now));
  });
});
