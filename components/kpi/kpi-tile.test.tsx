import { render, screen, within } from '@testing-library/react';
import { computeKpis, type KpiValue } from '@/lib/kpi';
import { KpiTile } from './kpi-tile';

/** A tile value as the engine makes them, overridden per case. */
function value(over: Partial<KpiValue>): KpiValue {
  return {
    id: 'mentions',
    label: 'Mentions',
    unit: 'count',
    value: 5,
    display: '5',
    previous: 4,
    change: 25,
    changeKind: 'relative',
    changeDisplay: '+25%',
    ...over,
  };
}

const renderTile = (kpi: KpiValue | undefined, id = kpi?.id ?? 'mentions') =>
  render(
    <ul>
      <KpiTile id={id} kpi={kpi} report={undefined} period={30} />
    </ul>,
  );

describe('KpiTile', () => {
  it('puts exactly the name in the heading and the value in the same tile', () => {
    renderTile(value({}));
    const tile = screen.getByRole('article', { name: 'Mentions' });
    expect(within(tile).getByRole('heading', { level: 3 }).textContent).toBe('Mentions');
    expect(within(tile).getByText('5')).toBeInTheDocument();
    expect(tile).toHaveAccessibleDescription('up 25% vs previous 30 days no goal');
  });

  it('shows "…" while loading', () => {
    renderTile(undefined, 'customerWait');
    const tile = screen.getByRole('article', { name: 'Customer wait' });
    expect(tile).toHaveAttribute('aria-busy', 'true');
    expect(within(tile).getByText('…')).toBeInTheDocument();
  });

  it.each([
    [{ change: -3, changeKind: 'points', changeDisplay: '−3 pts', unit: 'percent' }, 'down 3 pts vs previous 30 days'],
    [{ change: 900_000, changeKind: 'absolute', changeDisplay: '+15 min', unit: 'duration' }, 'up 15 min vs previous 30 days'],
    [{ change: 0, changeDisplay: '0%' }, 'no change vs previous 30 days'],
    [{ change: null, changeDisplay: '', previous: 0 }, 'previous 30 days: 0'],
  ] as const)('speaks the change %#', (over, text) => {
    renderTile(value(over as Partial<KpiValue>));
    expect(screen.getByRole('article')).toHaveAccessibleDescription(expect.stringContaining(text));
  });

  it.each([
    [{ target: 90, op: '>=', met: true }, 'goal met: ≥ 90%', '✓ ≥ 90%'],
    [{ target: 90, op: '>=', met: false }, 'goal not met: ≥ 90%', '✗ ≥ 90%'],
    [{ target: 90, op: '>=', met: null }, 'goal ≥ 90%: nothing to measure yet', '≥ 90% ?'],
  ] as const)('shows the goal status %#', (goal, spoken, shown) => {
    renderTile(value({ id: 'responseRate', label: 'Response rate', unit: 'percent', display: '92%', goal: { ...goal } }));
    const tile = screen.getByRole('article', { name: 'Response rate' });
    expect(within(tile).getByText(spoken)).toHaveClass('es-visually-hidden');
    expect(within(tile).getByText(shown)).toHaveAttribute('aria-hidden', 'true');
    expect(tile).toHaveAccessibleDescription(expect.stringContaining(spoken));
  });

  it('the Score tile says how many goals are met', () => {
    const report = computeKpis({ posts: [], replies: [], cases: [], engagement: [] }, { now: new Date(), periodDays: 7 });
    render(
      <ul>
        <KpiTile id="score" kpi={report.byId.score} report={report} period={7} />
      </ul>,
    );
    const tile = screen.getByRole('article', { name: 'Score' });
    // Own posts 0 < 3 is measurable (not met); the rate and the wait have nothing to measure: left out.
    expect(within(tile).getByText('0')).toBeInTheDocument();
    expect(within(tile).getByText('0 of 1 goals met')).toBeInTheDocument();
  });
});
