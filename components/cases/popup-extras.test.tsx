import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { spikeStateItem } from '@/lib/settings/spike-state';
import { PopupScorecard } from '../kpi/popup-scorecard';
import { resetScorecardStore } from '../kpi/scorecard-store';
import { seen } from '../kpi/scorecard-test-setup';
import { freshDb } from '../options/test-helpers';

/** What this issue adds to the popup: the spike banner, the top repeat problems and "Scan now". The tiles are untouched. */
async function renderPopup(onScanNow = vi.fn(() => Promise.resolve(3))) {
  const db = freshDb();
  const texts = ['my order never arrived', 'order never arrived again', 'never arrived!!', 'charged twice', 'I was charged twice', 'app keeps crashing', 'the app keeps crashing', 'rude barista', 'barista was rude'];
  await recordSeenPosts(
    db,
    texts.map((text, i) => {
      const post = seen({ site: 'x', id: `i${i}`, daysAgo: 1, kind: 'issue', sentiment: -0.5 });
      return { ...post, data: { ...post.data, text } };
    }),
  );
  const user = userEvent.setup();
  render(<PopupScorecard db={db} onOpenDashboard={() => {}} onScanNow={onScanNow} />);
  await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'), { timeout: 5000 });
  return { user, onScanNow };
}

beforeEach(() => resetScorecardStore());

describe('popup: cases extras', () => {
  it('shows the top 3 repeat problems under the open cases, as an h2 section (tiles keep the h3s)', async () => {
    await renderPopup();
    const section = screen.getByRole('region', { name: 'Repeat problems' });
    expect(within(section).getByRole('heading', { level: 2 })).toBeInTheDocument();
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(3));
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/^never arrived 3 \(prev. 0\) ★3 issues in the last 7 days, new/);
    expect(screen.getAllByRole('article')).toHaveLength(15);
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby') && r.querySelector('h2')?.textContent);
    expect(regions.indexOf('Repeat problems')).toBeGreaterThan(regions.findIndex((t) => t?.startsWith('Open cases')));
  });

  it('has "Scan now" next to "Open dashboard"', async () => {
    const { user, onScanNow } = await renderPopup();
    await user.click(screen.getByRole('button', { name: 'Scan now' }));
    expect(onScanNow).toHaveBeenCalledOnce();
  });

  it('shows the spike explanation as a banner while spiking, and hides it when it ends', async () => {
    await renderPopup();
    expect(screen.queryByText(/Negative mentions are spiking/)).not.toBeInTheDocument();
    const state = { spiking: true, explanation: 'Spike: 9 negative mentions in the last 24 h, usually 1 a day over the previous 7 days (alert at 5 or more).', last24h: 9, threshold: 5, checkedAt: new Date().toISOString(), since: new Date().toISOString() };
    await act(() => spikeStateItem.setValue(state));
    expect(await screen.findByText('Negative mentions are spiking.')).toBeInTheDocument();
    expect(screen.getByText(/Spike: 9 negative mentions in the last 24 h/)).toBeInTheDocument();
    await act(() => spikeStateItem.setValue({ ...state, spiking: false, since: null }));
    await waitFor(() => expect(screen.queryByText('Negative mentions are spiking.')).not.toBeInTheDocument());
  });
});
