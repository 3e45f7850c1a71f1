// Every style the scorecard's first paint needs, loaded with the page (the copy painted by boot.ts
// must look like React's); the rest comes with the components.
import '@/components/ui/theme.css';
import '@/components/kpi/kpi.css';
import '@/components/kpi/popup.css';
import { paintCachedScorecard } from './boot';
import { loaderFromUrl } from './loader-param';
import { BUILD_ID } from '@/lib/model/build-id';

/**
 * Steps, so the first paint waits for no more than it needs (issue #5): the
 * cached scorecard, when current, is painted by a small module; the live
 * numbers' load and React come next, in their own chunks, and React takes
 * over from the same numbers.
 */
const root = document.getElementById('root')!;
// The cached copy of the markup is only ever painted by the build whose components made it.
const build = BUILD_ID;
const painted = paintCachedScorecard(root, loaderFromUrl(), build).catch(() => null); // whatever happens, React mounts
// The rest only once the first paint is done: compiling and running ~360 kB of React, Dexie and the
// loader while the cache is read held the paint back (measured: about 10–25 ms on this machine).
// Then the live numbers' loader (its own chunk, no React) starts its reads while React still loads.
void painted
  .then(() => import('./live-start'))
  .then(({ startLiveScorecard }) => startLiveScorecard());
void painted.then(async (snapshot) => {
  const { mountPopup } = await import('./mount');
  mountPopup(root, snapshot, build);
});
