/**
 * Names the popup's first paint reads with plain IndexedDB (lib/db/popup-snapshot.ts),
 * kept here so that read loads neither Dexie nor the schema.
 */
export const DB_NAME = 'earshot';
/** Meta key of the scorecard's data version (lib/db/scorecard-version.ts). */
export const SCORECARD_VERSION_KEY = 'scorecard:version';
/** Meta key of the popup's cached scorecard (lib/db/popup-snapshot.ts). */
export const POPUP_SNAPSHOT_KEY = 'popup:scorecard';
