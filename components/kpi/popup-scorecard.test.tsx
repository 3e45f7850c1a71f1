import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KPI_LABELS, type Goal } from '@/lib/kpi';
import { readPopupSnapshot } from '@/lib/db/popup-snapshot';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { saveGoals } from '@/lib/settings/goals';
import { siteHealthItem } from '@/lib/settings/site-health';
import { freshDb } from '../options/test-helpers';
import { PopupScorecard } from './popup-scorecard';
import { resetScorecardStore, useScorecardStore } from './scorecard-store';
import { seedScorecard, seen } from './scorecard-test-setup';

const LABELS = Object.values(KPI_LABELS);

async function renderPopup(seed?: (db: ReturnType<typeof freshDb>) => Promise<void>) {
  const db = freshDb();
  if (seed) await seed(db);
  const onOpenDashboard = vi.fn();
  const user = userEvent.setup();
  const view = render(<PopupScorecard db={db} onOpenDashboard={onOpenDashboard} />);
  await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
  return { db, user, onOpenDashboard, ...view };
}

/** The tile named `label` (its <article>, named by its heading). */
const tile = (label: string) => screen.getByRole('article', { name: label });
const valueOf = (label: string) => tile(label).querySelector('.es-tile__value')?.textContent;

beforeEach(() => resetScorecardStore());

describe('popup scorecard: tiles', () => {
  it('shows all 15 KPIs as tiles whose heading is exactly the name, each with its value inside', async () => {
    await renderPopup(seedScorecard);
    expect(screen.getAllByRole('article')).toHaveLength(15);
    for (const label of LABELS) {
      const t = tile(label);
      expect(within(t).getByRole('heading', { level: 3 }).textContent).toBe(label);
      expect(valueOf(label)).toMatch(/\S/);
      expect(valueOf(label)).not.toBe('…');
    }
    // In product.md §8 order.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(LABELS);
    expect(Object.fromEntries(LABELS.map((l) => [l, valueOf(l)]))).toEqual({
      Mentions: '4',
      'Competitor mentions': '1',
      'Needing response': '2',
      'Response rate': '50%',
      'Customer wait': '3 h',
      'Your reaction': '1 h',
      'Issues opened': '2',
      'Issues resolved': '1',
      'Open issues': '2',
      'SLA breaches': '2',
      'Time to resolve': '1 d 23 h',
      Sentiment: '25% · 50% · 25%',
      'Own posts': '1',
      'Engagement per post': '—',
      Score: '0',
    });
  });

  it('shows "…" in every tile until the numbers arrive, then marks <main> ready', async () => {
    const db = freshDb();
    render(<PopupScorecard db={db} onOpenDashboard={() => {}} />);
    expect(screen.getByRole('main')).not.toHaveAttribute('data-ready');
    expect(screen.getAllByText('…')).toHaveLength(15);
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
    expect(screen.queryByText('…')).not.toBeInTheDocument();
  });

  it('an empty database shows 0 for counts and — for rates and medians, never NaN', async () => {
    const { container } = await renderPopup();
    for (const label of ['Mentions', 'Competitor mentions', 'Needing response', 'Issues opened', 'Issues resolved', 'Open issues', 'SLA breaches', 'Own posts']) {
      expect(valueOf(label)).toBe('0');
    }
    for (const label of ['Response rate', 'Customer wait', 'Your reaction', 'Time to resolve', 'Sentiment', 'Engagement per post']) {
      expect(valueOf(label)).toBe('—');
    }
    // Of the default goals only "3 own posts a week" can be measured (0: not met); the others are left out.
    expect(valueOf('Score')).toBe('0');
    expect(within(tile('Score')).getByText('0 of 1 goals met')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/NaN|undefined|Infinity/);
    expect(screen.getByText('No open cases. Well done.')).toBeInTheDocument();
  });

  it('partial data: a praise mention and an own post, nothing to respond to', async () => {
    await renderPopup(async (db) => {
      await recordSeenPosts(db, [
        seen({ site: 'x', id: 'a', daysAgo: 1, kind: 'praise', sentiment: 0.9 }),
        seen({ site: 'x', id: 'o', daysAgo: 1, role: 'own' }),
      ]);
    });
    expect(valueOf('Mentions')).toBe('1');
    expect(valueOf('Needing response')).toBe('0');
    expect(valueOf('Response rate')).toBe('—');
    expect(valueOf('Customer wait')).toBe('—');
    expect(valueOf('Own posts')).toBe('1');
    expect(valueOf('Sentiment')).toBe('100% · 0% · 0%');
    // No mention last week: no percentage to show, the tile says what it was instead.
    expect(tile('Mentions')).toHaveAccessibleDescription(expect.stringContaining('previous 7 days: 0'));
  });

  it('describes the change against the previous period in words', async () => {
    await renderPopup(seedScorecard);
    expect(within(tile('Mentions')).getByText('+100%')).toHaveAttribute('aria-hidden', 'true');
    expect(tile('Mentions')).toHaveAccessibleDescription(expect.stringContaining('up 100% vs previous 7 days'));
  });
});

describe('popup scorecard: goals', () => {
  it('shows the default goals as not met, and a tile without a goal as such', async () => {
    await renderPopup(seedScorecard);
    expect(within(tile('Response rate')).getByText('goal not met: ≥ 90%')).toBeInTheDocument();
    expect(within(tile('Response rate')).getByText('✗ ≥ 90%')).toHaveAttribute('aria-hidden', 'true');
    expect(within(tile('Customer wait')).getByText('goal not met: ≤ 2 h')).toBeInTheDocument();
    expect(within(tile('Own posts')).getByText('goal not met: ≥ 3')).toBeInTheDocument();
    expect(within(tile('Mentions')).getByText('no goal')).toBeInTheDocument();
    expect(within(tile('Score')).getByText('0 of 3 goals met')).toBeInTheDocument();
  });

  it('follows the saved goals: a met goal shows ✓ and the Score is the share met', async () => {
    const goals: Goal[] = [
      { site: 'all', kpi: 'responseRate', op: '>=', target: 40 },
      { site: 'all', kpi: 'mentions', op: '>=', target: 10 },
    ];
    await renderPopup(seedScorecard);
    await act(() => saveGoals(goals)); // the storage watch updates the popup
    await waitFor(() => expect(within(tile('Response rate')).getByText('goal met: ≥ 40%')).toBeInTheDocument());
    expect(tile('Response rate')).toHaveAccessibleDescription(expect.stringContaining('goal met: ≥ 40%'));
    expect(within(tile('Mentions')).getByText('goal not met: ≥ 10')).toBeInTheDocument();
    expect(valueOf('Score')).toBe('50');
    expect(within(tile('Score')).getByText('1 of 2 goals met')).toBeInTheDocument();
  });
});

describe('popup scorecard: period and channel', () => {
  it('opens on all channels over 7 days; 30 days changes the numbers', async () => {
    const { user } = await renderPopup(seedScorecard);
    expect(screen.getByRole('radio', { name: '7 days' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '30 days' }));
    await waitFor(() => expect(valueOf('Mentions')).toBe('7'));
    expect(valueOf('Needing response')).toBe('3');
    expect(screen.getByText('Your scorecard, last 30 days')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
  });

  it('filters by channel', async () => {
    const { user } = await renderPopup(seedScorecard);
    await user.click(screen.getByRole('radio', { name: 'X' }));
    await waitFor(() => expect(valueOf('Mentions')).toBe('2'));
    expect(valueOf('Needing response')).toBe('2');
    expect(valueOf('Own posts')).toBe('0');
    await user.click(screen.getByRole('radio', { name: 'LinkedIn' }));
    await waitFor(() => expect(valueOf('Mentions')).toBe('1'));
    expect(valueOf('Own posts')).toBe('1');
    expect(valueOf('Response rate')).toBe('—');
  });

  it('the period and channel switches work from the keyboard (one tab stop each, arrows select)', async () => {
    const { user } = await renderPopup(seedScorecard);
    await user.tab();
    expect(screen.getByRole('radio', { name: '7 days' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '30 days' })).toBeChecked();
    await waitFor(() => expect(valueOf('Mentions')).toBe('7'));
    await user.tab();
    expect(screen.getByRole('radio', { name: 'All' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'X' })).toBeChecked();
    await waitFor(() => expect(valueOf('Mentions')).toBe('4')); // X over 30 days: m1, m2, p1, p2
    expect(screen.getByRole('group', { name: 'Period' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Channel' })).toBeInTheDocument();
  });
});

describe('popup scorecard: cases, site health, dashboard', () => {
  it('lists the open cases, oldest first, linking to the posts in a new tab', async () => {
    await renderPopup(seedScorecard);
    const cases = screen.getByRole('region', { name: /Open cases/ });
    const links = within(cases).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['C-1002 Author f20', 'C-1001 Author m1']);
    expect(links[1]).toHaveAttribute('href', 'https://example.test/x/m1');
    expect(links[1]).toHaveAttribute('target', '_blank');
    expect(links[1]).toHaveAttribute('rel', 'noopener');
    expect(within(cases).getByText('Escalated')).toBeInTheDocument();
    expect(within(cases).getByText(/opened 2 d ago/)).toBeInTheDocument();
    expect(within(cases).queryByText(/C-1003/)).not.toBeInTheDocument(); // resolved
  });

  it('says which site layout was not recognised, and clears it when the site reads fine again', async () => {
    await siteHealthItem.setValue({ linkedin: { site: 'linkedin', url: 'https://www.linkedin.com/feed/', postsFound: 0, ok: false, at: new Date().toISOString() } });
    await renderPopup();
    expect(await screen.findByRole('alert')).toHaveTextContent('LinkedIn: page layout not recognised');
    await act(() =>
      siteHealthItem.setValue({ linkedin: { site: 'linkedin', url: 'https://www.linkedin.com/feed/', postsFound: 4, ok: true, at: new Date().toISOString() } }),
    );
    await waitFor(() => expect(screen.queryByText('LinkedIn: page layout not recognised')).not.toBeInTheDocument());
  });

  it('"Open dashboard" asks the page shell to open it', async () => {
    const { user, onOpenDashboard } = await renderPopup();
    await user.click(screen.getByRole('button', { name: 'Open dashboard' }));
    expect(onOpenDashboard).toHaveBeenCalledOnce();
  });

  it('follows the database: a new mention shows up without reopening', async () => {
    const { db } = await renderPopup(seedScorecard);
    await recordSeenPosts(db, [seen({ site: 'facebook', id: 'new', daysAgo: 0 })]);
    await waitFor(() => expect(valueOf('Mentions')).toBe('5'));
  });
});

describe('popup scorecard: the cached first paint', () => {
  const BUILD = '/chunks/popup-test.js';

  /** The snapshot a previous popup stored for `db` (rendered with `build`, so it stores one). */
  async function storedSnapshot(db: ReturnType<typeof freshDb>) {
    const view = render(<PopupScorecard db={db} build={BUILD} onOpenDashboard={() => {}} />);
    await waitFor(async () => expect((await readPopupSnapshot(db.name))?.snapshot).toBeDefined());
    view.unmount();
    return (await readPopupSnapshot(db.name))!.snapshot!;
  }

  it('shows the snapshot at once, as ready, then the live numbers in its place', async () => {
    const db = freshDb();
    await seedScorecard(db);
    const snapshot = await storedSnapshot(db);
    expect(snapshot.data.report.byId.mentions.display).toBe('4');
    // A snapshot with other numbers: whatever it says is replaced by what the loader computes.
    const other = structuredClone(snapshot);
    other.data.report.byId.mentions = { ...other.data.report.byId.mentions, display: '99' };
    render(<PopupScorecard db={db} snapshot={other} build={BUILD} onOpenDashboard={() => {}} />);
    expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true');
    expect(valueOf('Mentions')).toBe('99');
    await waitFor(() => expect(valueOf('Mentions')).toBe('4'));
  });

  it('stores the live numbers with their markup, without the parts it cannot vouch for', async () => {
    const db = freshDb();
    await seedScorecard(db);
    const snapshot = await storedSnapshot(db);
    const text = JSON.stringify(snapshot.view);
    expect(text).toContain('Mentions');
    expect(text).toContain('data-ready');
    expect(text).not.toContain('Open cases'); // ages move with the clock
    expect(text).not.toContain('C-1001');
  });

  it('a switch of period before the live numbers arrive shows the snapshot as not ready', async () => {
    const db = freshDb();
    await seedScorecard(db);
    const snapshot = await storedSnapshot(db);
    render(<PopupScorecard db={db} snapshot={snapshot} build={BUILD} onOpenDashboard={() => {}} />);
    act(() => useScorecardStore.getState().setPeriod(30));
    expect(screen.getByRole('main')).not.toHaveAttribute('data-ready');
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
    expect(valueOf('Mentions')).toBe('7');
  });

  it('the full-scan baseline (?loader=naive) stores nothing', async () => {
    const db = freshDb();
    await seedScorecard(db);
    render(<PopupScorecard db={db} loader="naive" build={BUILD} onOpenDashboard={() => {}} />);
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
    await new Promise((r) => setTimeout(r, 50));
    expect((await readPopupSnapshot(db.name))?.snapshot).toBeUndefined();
  });
});
