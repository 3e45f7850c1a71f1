import { browser } from 'wxt/browser';
import { buildDom, type DomNode } from '@/components/kpi/dom-snapshot';
import { INITIAL_SCORECARD } from '@/components/kpi/initial-view';
import { isSnapshotCurrent, readPopupSnapshot, type PopupSnapshot } from '@/lib/db/popup-snapshot';
import { defaultTimeZone } from '@/lib/kpi/periods';
import { SCORECARD_SETTING_KEYS, settingsFingerprint } from '@/lib/settings/scorecard-setting-keys';

/**
 * The popup's first paint: the scorecard cached by the last popup
 * (lib/db/popup-snapshot.ts), painted into `root` before React, Dexie and
 * the rest have loaded, when it is provably current: same data version, same
 * goals and SLAs, same time zone, still within its validity, painted by this
 * very build of the popup (`build`). Returns it (React
 * then starts from the same numbers and replaces the copy), or null: nothing
 * painted, the popup loads as it always did. This module stays small: it is
 * what the first paint waits for.
 */
export async function paintCachedScorecard(root: HTMLElement, loader: string | null, build: string): Promise<PopupSnapshot | null> {
  if (loader === 'naive') return null; // the benchmark's full-scan baseline never uses the cache
  const [stored, settings] = await Promise.all([readPopupSnapshot(), readSettingsFingerprint()]);
  if (!stored || settings === null) return null;
  const current = {
    build,
    periodDays: INITIAL_SCORECARD.period,
    site: INITIAL_SCORECARD.channel,
    version: stored.version,
    settings,
    timeZone: defaultTimeZone(),
    now: Date.now(),
  };
  if (!isSnapshotCurrent(stored.snapshot, current)) return null;
  try {
    const copy = buildDom(stored.snapshot.view as DomNode);
    if (!(copy instanceof Element)) return null;
    copy.setAttribute('inert', ''); // no handlers yet: nothing to operate until React takes over
    root.replaceChildren(copy);
  } catch {
    return null; // a malformed copy: React paints from the data instead
  }
  performance.mark('earshot:snapshot-painted');
  return stored.snapshot;
}

async function readSettingsFingerprint(): Promise<string | null> {
  try {
    return settingsFingerprint(await browser.storage.sync.get([...SCORECARD_SETTING_KEYS]));
  } catch {
    return null;
  }
}
