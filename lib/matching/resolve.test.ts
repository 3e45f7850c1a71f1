import { type Candidate, pickNonOverlapping, SpanCover } from './resolve';

describe('SpanCover', () => {
  it('finds a span containing the range', () => {
    const cover = new SpanCover();
    cover.add(10, 20);
    cover.add(0, 5);
    cover.add(2, 30);
    expect(cover.covering(12, 18)).toEqual([2, 30]);
    expect(cover.covering(0, 5)).toEqual([0, 5]);
    expect(cover.covering(0, 6)).toBeNull();
    expect(cover.covering(25, 31)).toBeNull();
    expect(cover.covering(31, 32)).toBeNull();
  });

  it('is empty until something is added, and takes additions after a query', () => {
    const cover = new SpanCover();
    expect(cover.covering(0, 1)).toBeNull();
    cover.add(5, 9);
    expect(cover.covering(6, 8)).toEqual([5, 9]);
    cover.add(0, 3);
    expect(cover.covering(1, 2)).toEqual([0, 3]);
  });
});

describe('pickNonOverlapping', () => {
  const c = (start: number, end: number, order = 0, competitor = false): Candidate => ({ start, end, order, competitor });

  it.each<[string, Candidate[], Candidate[]]>([
    ['sorts by start', [c(5, 6), c(0, 1)], [c(0, 1), c(5, 6)]],
    ['longest at the same start', [c(0, 3, 0), c(0, 8, 1)], [c(0, 8, 1)]],
    ['non-competitor on the same span', [c(0, 3, 0, true), c(0, 3, 1)], [c(0, 3, 1)]],
    ['earlier term on a tie', [c(0, 3, 2), c(0, 3, 1)], [c(0, 3, 1)]],
    ['earlier of two partial overlaps', [c(4, 10, 0), c(0, 6, 1)], [c(0, 6, 1)]],
    ['touching spans both stay', [c(0, 3), c(3, 6)], [c(0, 3), c(3, 6)]],
    ['nested shorter one goes', [c(0, 10), c(2, 4)], [c(0, 10)]],
    ['nothing', [], []],
  ])('%s', (_name, input, expected) => {
    expect(pickNonOverlapping(input)).toEqual(expected);
  });
});
