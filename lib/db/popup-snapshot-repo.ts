import { POPUP_SNAPSHOT_FORMAT, POPUP_SNAPSHOT_KEY, versionOf, type PopupSnapshot, type ScorecardBasis, type ScorecardView } from './popup-snapshot';
import type { EarshotDb } from './schema';
import { newVersionToken, SCORECARD_VERSION_KEY } from './scorecard-version';

/**
 * Stores what the popup showed for `basis`, unless the data changed since it
 * was read (then the popup's live query is already re-running). A database
 * that never had a data version gets one here, in the same transaction.
 * Returns whether it stored.
 */
export async function writePopupSnapshot(db: EarshotDb, build: string, basis: ScorecardBasis, data: ScorecardView, view: unknown): Promise<boolean> {
  const { settings } = basis;
  if (settings === null) return false;
  return db.transaction('rw', db.meta, async () => {
    const now = versionOf(await db.meta.get(SCORECARD_VERSION_KEY));
    let version = basis.version;
    if (now !== version) return false;
    if (version === undefined) {
      version = newVersionToken();
      await db.meta.put({ key: SCORECARD_VERSION_KEY, value: version });
    }
    const snapshot: PopupSnapshot = { format: POPUP_SNAPSHOT_FORMAT, build, basis: { ...basis, version, settings }, data, view };
    await db.meta.put({ key: POPUP_SNAPSHOT_KEY, value: snapshot });
    return true;
  });
}
