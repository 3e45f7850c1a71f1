import type { Profile } from '@/lib/settings/profile';
import type { TabItem } from '../ui/tabs';
import { DashboardTab } from '../dashboard/dashboard-tab';
import { BackupSection } from './backup-section';
import { EscalationTab } from './escalation-tab';
import { GoalsTab } from './goals-tab';
import { TemplatesTab } from './templates-tab';
import { WatchlistTab } from './watchlist-tab';
import { escalationStrings, strings, templateStrings } from './strings';

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
    { id: 'dashboard', label: strings.tabs.dashboard, render: () => <DashboardTab /> },
    { id: 'watchlist', label: strings.tabs.watchlist, render: () => <WatchlistTab profile={ctx.profile} /> },
    { id: 'templates', label: templateStrings.tab, render: () => <TemplatesTab profile={ctx.profile} /> },
    { id: 'goals', label: strings.tabs.goals, render: () => <GoalsTab /> },
    { id: 'backup', label: strings.tabs.backup, render: () => <BackupSection /> },
    { id: 'escalation', label: escalationStrings.tab, render: () => <EscalationTab /> },
  ];
}
