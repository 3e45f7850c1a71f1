/**
 * Types of the KPI engine (product.md §5). The engine is pure: it reads plain
 * arrays and a clock, never the DOM, the browser or Dexie, so the popup, the
 * dashboard, the brief and the tests all get the same numbers.
 *
 * Units, chosen once so goals read like the UI:
 * - times are ISO 8601 strings in records, `Date` in options;
 * - shares (Response rate, Sentiment net) are percent, 0–100 (a goal "≥ 90%" has target 90);
 * - durations (Customer wait, Your reaction, Time to resolve) are milliseconds;
 * - Score is 0–100.
 */
import type { PostKind, Site, StoredPost } from '../model/types';

/** A reply the user made (a 'reply' event): what the response KPIs are built from. */
export interface ReplyRecord {
  site: Site;
  postId: string;
  /** ISO 8601 time of the reply. */
  at: string;
}

export type CaseRecordState = 'open' | 'escalated' | 'resolved' | 'ignored';

/** A case (product.md §4), reduced to what the issue KPIs need. */
export interface CaseRecord {
  site: Site;
  postId: string;
  state: CaseRecordState;
  openedAt: string;
  /** Set when resolved or ignored; null while open or escalated. */
  resolvedAt: string | null;
  category: string;
  /** This case's own SLA; wins over `KpiOptions.slaHours[category]`. */
  slaHours?: number;
}

/** One reading of an own post's numbers (an 'engagement' event). */
export interface EngagementSnapshot {
  site: Site;
  postId: string;
  at: string;
  likes?: number;
  comments?: number;
  reposts?: number;
  views?: number;
}

export interface KpiInput {
  posts: StoredPost[];
  replies: ReplyRecord[];
  cases: CaseRecord[];
  engagement: EngagementSnapshot[];
}

export type PeriodDays = 7 | 30 | 90;
export type Scope = Site | 'all';

export const KPI_IDS = [
  'mentions',
  'competitorMentions',
  'needingResponse',
  'responseRate',
  'customerWait',
  'yourReaction',
  'issuesOpened',
  'issuesResolved',
  'openIssues',
  'slaBreaches',
  'timeToResolve',
  'sentiment',
  'ownPosts',
  'engagementPerPost',
  'score',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** The popup tile names, exactly as product.md §8 spells them (acceptance checks read them). */
export const KPI_LABELS: Record<KpiId, string> = {
  mentions: 'Mentions',
  competitorMentions: 'Competitor mentions',
  needingResponse: 'Needing response',
  responseRate: 'Response rate',
  customerWait: 'Customer wait',
  yourReaction: 'Your reaction',
  issuesOpened: 'Issues opened',
  issuesResolved: 'Issues resolved',
  openIssues: 'Open issues',
  slaBreaches: 'SLA breaches',
  timeToResolve: 'Time to resolve',
  sentiment: 'Sentiment',
  ownPosts: 'Own posts',
  engagementPerPost: 'Engagement per post',
  score: 'Score',
};

/** A goal (product.md §5 "Goals per channel"). Score cannot be a goal: it is made of goals. */
export interface Goal {
  /** A channel, or 'all' = the overall numbers (see goals.ts for how channel views use it). */
  site: Scope;
  kpi: Exclude<KpiId, 'score'>;
  op: '>=' | '<=';
  /** In the KPI's unit; for period counts (own posts, mentions, …) per 7 days, scaled to the period. */
  target: number;
}

export interface KpiOptions {
  now: Date;
  periodDays: PeriodDays;
  /** Default 'all'. */
  site?: Scope;
  /** IANA zone; default the runtime's. Day boundaries are local days in this zone. */
  timeZone?: string;
  /** SLA per case category in hours; a category not listed gets 24 h (product.md §4). */
  slaHours?: Record<string, number>;
  /** Default DEFAULT_GOALS; [] = no goals (Score "—"). */
  goals?: Goal[];
}

/**
 * How `change` is expressed: 'relative' = % against the previous value (counts,
 * engagement: "+25%", null when the previous value is 0); 'points' = difference
 * in percentage points (rates, sentiment, score: "+5 pts"); 'absolute' =
 * difference in the KPI's unit (durations, ms: "−15 min").
 */
export type ChangeKind = 'relative' | 'points' | 'absolute';
export type KpiUnit = 'count' | 'percent' | 'duration' | 'sentiment' | 'number' | 'score';

export interface KpiValue {
  id: KpiId;
  label: string;
  unit: KpiUnit;
  value: number | null;
  /** What the tile shows: "0" for a zero count, "—" when there is nothing to measure. */
  display: string;
  previous: number | null;
  change: number | null;
  changeKind: ChangeKind;
  /** "+25%", "−3 pts", "+15 min"; "" when change is null. */
  changeDisplay: string;
  /** The goal shown on this tile (the scope's own goal, else the 'all' goal). */
  goal?: { target: number; op: '>=' | '<='; met: boolean | null };
  /** Extra numbers for the dashboard (e.g. sentiment shares, views per post). */
  detail?: Record<string, number | null>;
}

export interface GoalResult extends Goal {
  /** Target after scaling to the period. */
  scaledTarget: number;
  value: number | null;
  met: boolean | null;
}

export interface KpiReport {
  site: Scope;
  periodDays: PeriodDays;
  timeZone: string;
  current: { start: Date; end: Date };
  previous: { start: Date; end: Date };
  /** Tiles in product.md §8 order. */
  kpis: KpiValue[];
  byId: Record<KpiId, KpiValue>;
  /** Every goal that counts toward this report's Score, evaluated. */
  goals: GoalResult[];
}

/**
 * What posts first seen in a range add up to: the count-based KPIs (Mentions,
 * Competitor mentions, Needing response, Sentiment, Own posts) need nothing
 * else, which is why the daily aggregates store exactly these counters.
 */
export type PostCounts = Record<PostKind, number> & {
  mentions: number;
  competitor: number;
  /** Mentions classified issue or question. */
  needing: number;
  positive: number;
  neutral: number;
  negative: number;
  own: number;
};
