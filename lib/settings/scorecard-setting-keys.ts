/**
 * The sync-storage keys of the settings the scorecard's numbers depend on
 * (goals: tiles' goals and Score; escalation: SLA hours), and one string
 * for what is stored under them. Dependency-free on purpose: the popup
 * checks its cached scorecard against this before anything else loads
 * (entrypoints/popup/boot.ts).
 */
export const GOALS_STORAGE_KEY = 'goals';
export const ESCALATION_STORAGE_KEY = 'escalation';
export const SCORECARD_SETTING_KEYS = [GOALS_STORAGE_KEY, ESCALATION_STORAGE_KEY] as const;

/** The stored values (as chrome.storage.sync.get returns them) in one string; absent = null. */
export function settingsFingerprint(stored: Record<string, unknown>): string {
  return JSON.stringify(SCORECARD_SETTING_KEYS.map((key) => stored[key] ?? null));
}
