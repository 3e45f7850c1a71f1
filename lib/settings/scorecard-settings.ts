import { browser } from 'wxt/browser';
import type { Goal } from '../kpi';
import { escalationFrom, type EscalationSettings } from './escalation-settings';
import { goalsFrom } from './goals';
import { ESCALATION_STORAGE_KEY, GOALS_STORAGE_KEY, SCORECARD_SETTING_KEYS, settingsFingerprint } from './scorecard-setting-keys';

export interface ScorecardSettings {
  goals: Goal[];
  escalation: EscalationSettings;
  /** settingsFingerprint of the stored values these were read from. */
  fingerprint: string;
}

/**
 * Goals and escalation categories as the scorecard uses them, read in one
 * call with the fingerprint of exactly what was stored: a cached scorecard
 * tagged with it is one computed from these very settings.
 */
export async function readScorecardSettings(): Promise<ScorecardSettings> {
  const stored: Record<string, unknown> = await browser.storage.sync.get([...SCORECARD_SETTING_KEYS]);
  return {
    goals: goalsFrom(stored[GOALS_STORAGE_KEY]),
    escalation: escalationFrom(stored[ESCALATION_STORAGE_KEY]),
    fingerprint: settingsFingerprint(stored),
  };
}
