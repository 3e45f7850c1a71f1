import type { EarshotDb } from '../db/schema';
import { publishWatchlist } from '../settings/watchlist-mirror';

/**
 * "Erase all data": every table in one transaction (all or nothing), the
 * daily aggregates and their time zone (meta) included, so they stay equal
 * to the (now empty) posts; then the watchlist mirror, so content scripts
 * stop highlighting at once.
 * The profile (sync storage) is kept on purpose: it is settings, not data,
 * and erasing it would send the user back through onboarding.
 */
export async function eraseAll(db: EarshotDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
  await publishWatchlist([]);
}
