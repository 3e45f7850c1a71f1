import type { CaseCategory } from '../cases/sla';
import type { Topic } from '../cases/topics';
import type { CaseState, StoredCase } from '../db/schema';
import type { KpiId, KpiReport, PeriodDays, Scope } from '../kpi';
import type { Site, StoredPost } from '../model/types';

/** The review brief as plain data (build-brief.ts makes it; the page and brief-markdown.ts show it). */

export interface BriefInput {
  now: Date;
  periodDays: PeriodDays;
  /** All channels (loadScorecard with site 'all'). */
  report: KpiReport;
  byChannel: Record<Site, KpiReport>;
  /** Open and escalated cases. */
  activeCases: readonly StoredCase[];
  /** Issue posts of the two periods (by others, not competitor-only). */
  issuePosts: readonly StoredPost[];
  /** Praise posts (any time; the period is applied here). */
  praisePosts: readonly StoredPost[];
  /** Watchlist term texts: never a repeat-problem phrase. */
  watchlist: readonly string[];
  slaPolicy: readonly CaseCategory[];
}

export type GoalMark = 'met' | 'unmet' | 'unknown' | null;
export interface BriefCell {
  display: string;
  /** null: this scope has no goal on the KPI. */
  mark: GoalMark;
}
export interface BriefKpiRow {
  id: KpiId;
  label: string;
  cells: Record<Scope, BriefCell>;
  /** The all-channels goal ("≥ 90%"), Score's "1 of 3 goals met", or null. */
  goal: string | null;
}
export interface BriefIssue {
  id: string;
  state: CaseState;
  category: string;
  site: string;
  author: string;
  firstLine: string;
  url: string | null;
  age: string;
  sla: string;
  breached: boolean;
}
export interface BriefPraise {
  author: string;
  site: string;
  text: string;
  url: string | null;
}
export interface BriefResponse {
  label: string;
  hint: string;
  display: string;
  previous: string;
  goal: string | null;
}
export interface Brief {
  title: string;
  periodLabel: string;
  /** "Jun 9, 2025, 14:05" in the report's time zone. */
  generated: string;
  periodDays: PeriodDays;
  kpis: BriefKpiRow[];
  issues: BriefIssue[];
  openCount: number;
  repeatProblems: Topic[];
  praise: BriefPraise[];
  response: BriefResponse[];
}
