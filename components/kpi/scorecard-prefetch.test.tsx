import { render, screen, waitFor } from '@testing-library/react';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { freshDb } from '../options/test-helpers';
import { PopupScorecard } from './popup-scorecard';
import { prefetchKey, prefetchScorecard, resetPrefetch, takePrefetched } from './scorecard-prefetch';
import { resetScorecardStore } from './scorecard-store';
import { seedScorecard, seen } from './scorecard-test-setup';

const mentions = () => document.querySelector('[data-kpi="mentions"] .es-tile__value')?.textContent;

beforeEach(() => {
  resetPrefetch();
  resetScorecardStore();
});

describe('the popup first load, started before React', () => {
  it('is taken once, for its own view only, and none is started after the first take', async () => {
    const db = freshDb();
    prefetchScorecard(db, 7, 'all', null);
    expect(takePrefetched(prefetchKey(30, 'all', null))).toBeNull(); // another view: dropped
    prefetchScorecard(db, 7, 'all', null); // too late: the page's first load already ran
    expect(takePrefetched(prefetchKey(7, 'all', null))).toBeNull();
  });

  it('is what the popup shows when the data did not change meanwhile', async () => {
    const db = freshDb();
    await seedScorecard(db);
    prefetchScorecard(db, 7, 'all', null);
    render(<PopupScorecard db={db} onOpenDashboard={() => {}} />);
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
    expect(mentions()).toBe('4');
    expect(performance.getEntriesByName('earshot:scorecard').length).toBeGreaterThan(0);
  });

  it('is dropped when the data changed after it was read: the popup loads again', async () => {
    const db = freshDb();
    await seedScorecard(db);
    prefetchScorecard(db, 7, 'all', null);
    await recordSeenPosts(db, [seen({ site: 'x', id: 'late', daysAgo: 1 })]); // after the prefetch's read
    render(<PopupScorecard db={db} onOpenDashboard={() => {}} />);
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
    await waitFor(() => expect(mentions()).toBe('5'));
  });
});
