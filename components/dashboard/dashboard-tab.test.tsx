import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KPI_LABELS } from '@/lib/kpi';
import { renderWithDb, freshDb } from '../options/test-helpers';
import { resetScorecardStore } from '../kpi/scorecard-store';
import { seedScorecard } from '../kpi/scorecard-test-setup';
import { DashboardTab } from './dashboard-tab';

async function renderDashboard(children?: React.ReactNode) {
  const db = freshDb();
  await seedScorecard(db);
  const user = userEvent.setup();
  const view = renderWithDb(<DashboardTab cases={children} />, db);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).not.toBeNull());
  return { user, ...view };
}

/** The cells of a KPI's row in the per-channel table, by column name. */
function row(label: string): Record<string, string> {
  const table = screen.getByRole('table', { name: /Key figures per channel/ });
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const tr = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
  const cells = within(tr).getAllByRole('cell').map((c) => c.textContent ?? '');
  return Object.fromEntries(headers.slice(1).map((h, i) => [h, cells[i]!]));
}

beforeEach(() => resetScorecardStore());

describe('dashboard tab', () => {
  it('shows the same 15 tiles as the popup', async () => {
    await renderDashboard();
    for (const label of Object.values(KPI_LABELS)) {
      expect(within(screen.getByRole('article', { name: label })).getByRole('heading').textContent).toBe(label);
    }
    expect(within(screen.getByRole('article', { name: 'Mentions' })).getByText('4')).toBeInTheDocument();
  });

  it('has a per-channel table: rows are KPIs, columns X, LinkedIn, Facebook, All', async () => {
    await renderDashboard();
    const table = screen.getByRole('table', { name: 'Key figures per channel, last 7 days' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Key figure', 'X', 'LinkedIn', 'Facebook', 'All']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(Object.values(KPI_LABELS));
    expect(row('Mentions')).toEqual({ X: '2', LinkedIn: '1', Facebook: '1', All: '4' });
    expect(row('Needing response')).toEqual({ X: '2', LinkedIn: '0', Facebook: '0', All: '2' });
    expect(row('Response rate')).toEqual({ X: '50%', LinkedIn: '—', Facebook: '—', All: '50%' });
    expect(row('Open issues')).toEqual({ X: '1', LinkedIn: '0', Facebook: '1', All: '2' });
  });

  it('the table follows the period switch', async () => {
    const { user } = await renderDashboard();
    await user.click(screen.getByRole('radio', { name: '30 days' }));
    await waitFor(() => expect(row('Mentions')).toEqual({ X: '4', LinkedIn: '1', Facebook: '2', All: '7' }));
    expect(screen.getByRole('table', { name: 'Key figures per channel, last 30 days' })).toBeInTheDocument();
  });

  it('keeps the All column when a channel is picked for the tiles', async () => {
    const { user } = await renderDashboard();
    await user.click(screen.getByRole('radio', { name: 'LinkedIn' }));
    await waitFor(() => expect(within(screen.getByRole('article', { name: 'Mentions' })).getByText('1')).toBeInTheDocument());
    expect(row('Mentions')).toEqual({ X: '2', LinkedIn: '1', Facebook: '1', All: '4' });
  });

  it('draws the daily charts with a caption and a spoken summary', async () => {
    await renderDashboard();
    const figure = screen.getByRole('figure', { name: 'Mentions per day' });
    const img = within(figure).getByRole('img');
    expect(img.getAttribute('aria-label')).toMatch(/^Mentions per day, .+ to .+: Mentions per day total 4, highest \d on /);
    for (const name of ['Needing response per day', 'Response rate per day', 'Own posts per day', 'Issues opened and resolved per day']) {
      expect(screen.getByRole('figure', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('figure', { name: /Net sentiment per day/ })).toBeInTheDocument();
    expect(within(screen.getByRole('figure', { name: 'Issues opened and resolved per day' })).getByRole('img').getAttribute('aria-label')).toMatch(
      /Opened total 2.*Resolved total 1/,
    );
  });

  it('has a Cases section where the case list will go', async () => {
    await renderDashboard(<p>Case list here</p>);
    const cases = screen.getByRole('region', { name: 'Cases' });
    expect(within(cases).getByText('Case list here')).toBeInTheDocument();
  });
});
