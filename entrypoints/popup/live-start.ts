import { INITIAL_SCORECARD } from '@/components/kpi/initial-view';
import { prefetchScorecard } from '@/components/kpi/scorecard-prefetch';
import { getDb } from '@/lib/db';
import { loaderFromUrl } from './loader-param';

/**
 * Starts loading the live numbers of the opening view (main.tsx calls it right
 * after the cached first paint, or the miss): its own chunk, the database and
 * the loader without React, so the reads begin while React still loads.
 * useScorecard takes the result over (components/kpi/scorecard-prefetch.ts).
 */
export function startLiveScorecard(): void {
  const loader = loaderFromUrl();
  if (loader !== 'naive') prefetchScorecard(getDb(), INITIAL_SCORECARD.period, INITIAL_SCORECARD.channel, loader);
}
