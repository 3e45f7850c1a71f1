import type { Profile } from '@/lib/settings/profile';
import type { TabItem } from '../ui/tabs';
import { BackupSection } from './backup-section';
import { TemplatesTab } from './templates-tab';
import { WatchlistTab } from './watchlist-tab';
import { strings, templateStrings } from './strings';

/** What a tab may need from the page shell. */
export interface TabContext {
  profile: Profile;
}

/**
 * The options page's tabs, in order. Adding a tab is one line here (plus its
 * label in strings.ts); `id` is also the URL hash (options.html#backup).
 */
export function optionTabs(ctx: TabContext): TabItem[] {
  return [
    { id: 'watchlist', label: strings.tabs.watchlist, render: () => <WatchlistTab profile={ctx.profile} /> },
    { id: 'templates', label: templateStrings.tab, render: () => <TemplatesTab profile={ctx.profile} /> },
    { id: 'backup', label: strings.tabs.backup, render: () => <BackupSection /> },
  ];
}
