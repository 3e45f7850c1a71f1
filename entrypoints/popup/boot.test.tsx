import { render, screen, waitFor } from '@testing-library/react';
import { seedScorecard, seen } from '@/components/kpi/scorecard-test-setup';
import { resetScorecardStore } from '@/components/kpi/scorecard-store';
import { getDb } from '@/lib/db';
import { readPopupSnapshot } from '@/lib/db/popup-snapshot';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { saveGoals } from '@/lib/settings/goals';
import { PopupApp } from './app';
import { paintCachedScorecard } from './boot';

const BUILD = '/chunks/popup-test.js';
const mentions = (root: ParentNode) => root.querySelector('[data-kpi="mentions"] .es-tile__value')?.textContent;

/** A popup that loads the live numbers and stores them for the next open, as the real one does. */
async function openPopupOnce(): Promise<void> {
  const view = render(<PopupApp build={BUILD} />);
  await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
  await waitFor(async () => expect((await readPopupSnapshot())?.snapshot?.build).toBe(BUILD));
  view.unmount();
}

beforeEach(() => resetScorecardStore());

describe('the popup first paint from its cache', () => {
  it('paints the last popup\'s scorecard while it is current, and React starts from the same numbers', async () => {
    await seedScorecard(getDb());
    await openPopupOnce();

    const root = document.createElement('div');
    const snapshot = await paintCachedScorecard(root, null, BUILD);
    expect(snapshot).not.toBeNull();
    const main = root.querySelector('main')!;
    expect(main).toHaveAttribute('data-ready', 'true');
    expect(main).toHaveAttribute('inert'); // nothing to operate before React
    expect(mentions(main)).toBe('4');
    expect(root.querySelectorAll('article')).toHaveLength(15);
    expect(root.textContent).not.toContain('Open cases'); // case ages move with the clock: left to React

    // React's first render already shows them, before any live number arrived.
    render(<PopupApp snapshot={snapshot} build={BUILD} />);
    expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true');
    expect(mentions(document)).toBe('4');
    await waitFor(() => expect(screen.getByRole('heading', { name: /Open cases/ })).toBeInTheDocument());
  });

  it('paints nothing for another build, the full-scan baseline, new data or new goals', async () => {
    await seedScorecard(getDb());
    await openPopupOnce();
    const miss = async (loader: string | null, build = BUILD) => {
      const root = document.createElement('div');
      expect(await paintCachedScorecard(root, loader, build)).toBeNull();
      expect(root.childNodes).toHaveLength(0);
    };
    await miss(null, '/chunks/popup-other.js');
    await miss('naive');
    expect(await paintCachedScorecard(document.createElement('div'), null, BUILD)).not.toBeNull();

    await recordSeenPosts(getDb(), [seen({ site: 'x', id: 'new', daysAgo: 1 })]);
    await miss(null);
    await openPopupOnce();
    expect(await paintCachedScorecard(document.createElement('div'), null, BUILD)).not.toBeNull();

    await saveGoals([{ site: 'all', kpi: 'mentions', op: '>=', target: 1 }]);
    await miss(null);
  });
});
