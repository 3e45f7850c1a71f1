/**
 * The scorecard's data (product.md §5): what the popup and the dashboard show,
 * read so the popup "opens instantly" with a year of data (100,000 mentions).
 *
 * loadScorecard reads O(days) for the counts and only the rows the other KPIs
 * truly need, hands them to the same pure KPI engine (lib/kpi) as the full
 * scan, and merges: the result equals computeKpis over everything (tested on
 * random data, every zone, period and channel).
 * - Mentions, Competitor mentions, Needing response, Sentiment, Own posts and
 *   their sparklines: the `daily` aggregates of the 2 periods (≤ 3 × 2N rows).
 * - Response rate = replied / needing: "needing" from the aggregates;
 *   "replied" from the replies made since the previous period began (events
 *   [type+at]) and their posts. A needing mention first seen in the periods
 *   whose only replies are older was replied to before it was first seen:
 *   those posts are listed (meta EARLY_REPLIES_KEY, normally empty).
 * - Customer wait, Your reaction: the same replies; a post first seen before
 *   the periods (or listed) gets its own replies looked up, to know whether
 *   the one in the window was its first.
 * - Issues: cases opened or resolved in the 2 periods, plus the active ones.
 * - Engagement per post: the own posts (meta OWN_POSTS_KEY) first seen in the
 *   2 periods, and their snapshots.
 * For 7 days that is a few hundred rows, whatever the history.
 *
 * Times: every stored time is ISO 8601 (normalised to UTC by the writers and
 * the importer), so index ranges on strings are time ranges. The ranges are
 * still widened by 15 h (any UTC offset) and the rows filtered by
 * Date.parse, exactly as the engine does, so an offset-carrying time cannot
 * fall through.
 */
import { slaHoursFor, type SlaPolicy } from '../cases/sla';
import {
  addDays,
  casesFromRows,
  computeCountKpisFromAggregates,
  computeKpis,
  dailySeries,
  defaultTimeZone,
  engagementFromEvents,
  evaluateGoal,
  goalsForScope,
  KPI_IDS,
  kpisValidUntil,
  localDayKey,
  periodBounds,
  repliesFromEvents,
  scoreOf,
  SERIES_KPIS,
  sumAggregates,
  toKpiInput,
  type DailyAggregate,
  type Goal,
  type GoalResult,
  type KpiId,
  type KpiInput,
  type KpiOptions,
  type KpiReport,
  type KpiValue,
  type PostCounts,
  type Scope,
  type SeriesKpi,
  type SeriesPoint,
} from '../kpi';
import { tileGoal } from '../kpi/goals';
import { buildIndex, isOwnPost, needsResponse, postKey, type Metrics } from '../kpi/metrics';
import { dayIndex, periodDays } from '../kpi/periods';
import { COUNT_KPIS, kpiValue, metricValue, sentimentNet } from '../kpi/report';
import { SITES, type Site, type StoredPost } from '../model/types';
import { readScorecardSettings } from '../settings/scorecard-settings';
import { EARLY_REPLIES_KEY, ensureDailyTimeZone, getDailyTimeZone, OWN_POSTS_KEY, readPostRefs } from './daily-repo';
import { versionOf, type ScorecardBasis } from './popup-snapshot';
import { SCORECARD_VERSION_KEY } from './snapshot-keys';
import type { EarshotDb, StoredCase, StoredEvent } from './schema';

export interface ScorecardQuery {
  periodDays: 7 | 30 | 90;
  site: Site | 'all';
  /** Default: the clock at call time. */
  now?: Date;
  /** IANA zone of the local days; default the runtime's. */
  timeZone?: string;
  /** Default: the saved goals (lib/settings/goals.ts). */
  goals?: Goal[];
  /** SLA per case category. Default: the escalation settings' categories, matched as the badge matches them. */
  slaPolicy?: SlaPolicy;
}

export interface ScorecardData {
  /** All 15 KPIs in tile order, with goals and change vs the previous period. */
  report: KpiReport;
  /** Sparkline per KPI where a daily series exists (SERIES_KPIS), one point per local day of the current period. */
  series: Partial<Record<KpiId, { day: string; value: number | null }[]>>;
  /** Open + escalated cases of the selected channel(s), oldest first (each with its url). */
  openCases: StoredCase[];
  /** Each channel's report for the same period (the dashboard's per-channel table). */
  byChannel: Record<Site, KpiReport>;
}

/** `?loader=naive` (the benchmark's baseline) or anything else (the real loader). */
export type LoaderMode = 'naive' | 'fast';

/**
 * The popup passes `new URLSearchParams(location.search).get('loader')`: 'naive' → full scan, else the
 * real loader. Each call leaves a User Timing measure 'earshot:scorecard' (the benchmark reads it).
 */
export async function loadScorecardFor(db: EarshotDb, query: ScorecardQuery, mode: string | null | undefined): Promise<ScorecardData> {
  return (await loadScorecardWithBasis(db, query, mode)).data;
}

/**
 * loadScorecardFor, with what the numbers were computed from (the real loader only; the full scan,
 * the benchmark's baseline, gives null): what the popup tags its cached scorecard with.
 */
export async function loadScorecardWithBasis(
  db: EarshotDb,
  query: ScorecardQuery,
  mode: string | null | undefined,
): Promise<{ data: ScorecardData; basis: ScorecardBasis | null }> {
  const start = performance.now();
  try {
    return mode === 'naive' ? { data: await loadScorecardNaive(db, query), basis: null } : await loadFast(db, query);
  } finally {
    performance.measure?.('earshot:scorecard', { start, detail: { mode: mode === 'naive' ? 'naive' : 'fast' } });
  }
}

const HOUR = 3_600_000;
/** Any UTC offset lies within −12 h…+14 h: a string range widened by 15 h holds every instant of the time range. */
const WIDEN = 15 * HOUR;
const ACTIVE = ['open', 'escalated'] as const;
type CountKpi = (typeof COUNT_KPIS)[number];
const isCountKpi = (id: KpiId): id is CountKpi => (COUNT_KPIS as readonly KpiId[]).includes(id);

type Key = [Site, string];
const keyString = (site: Site, postId: string): string => `${site}\u0000${postId}`;
const iso = (t: number): string => new Date(t).toISOString();

interface Clock {
  now: Date;
  timeZone: string;
}

interface Context extends Clock {
  goals: Goal[];
  policy: SlaPolicy;
  /** settingsFingerprint of the stored settings used; null when the query brought its own. */
  settings: string | null;
}

const clockOf = (query: ScorecardQuery): Clock => ({ now: query.now ?? new Date(), timeZone: query.timeZone ?? defaultTimeZone() });

/** Goals and SLAs: from the query, else from extension storage (read while the database is read). */
async function settingsOf(query: ScorecardQuery): Promise<Pick<Context, 'goals' | 'policy' | 'settings'>> {
  if (query.goals && query.slaPolicy) return { goals: query.goals, policy: query.slaPolicy, settings: null };
  // Non-Dexie promises awaited inside a liveQuery go through Promise.resolve (Dexie's rule for queriers).
  const stored = await Promise.resolve(readScorecardSettings());
  return {
    goals: query.goals ?? stored.goals,
    policy: query.slaPolicy ?? stored.escalation.categories.map(({ name, slaHours }) => ({ name, slaHours })),
    settings: query.goals || query.slaPolicy ? null : stored.fingerprint,
  };
}

/** The engine takes SLA hours per category name: give each category present the hours the badge uses for it. */
function slaHoursOf(policy: SlaPolicy, cases: Iterable<StoredCase>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cases) out[c.category] ??= slaHoursFor(policy, c.category);
  return out;
}

function activeCases(cases: Iterable<StoredCase>, scope: Scope): StoredCase[] {
  return [...cases]
    .filter((c) => (c.state === 'open' || c.state === 'escalated') && (scope === 'all' || c.site === scope))
    .sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const within = (iso: string | null | undefined, start: number, end: number): boolean => {
  if (!iso) return false;
  const t = Date.parse(iso);
  return t >= start && t < end;
};

// ------------------------------------------------------------------ the baseline

/** Full scan: every post, event and case, then computeKpis. Only the benchmark (and the tests) use it. */
export async function loadScorecardNaive(db: EarshotDb, query: ScorecardQuery): Promise<ScorecardData> {
  const settings = Promise.resolve(settingsOf(query)); // awaited after the reads: see loadScorecard
  const [posts, events, cases] = await db.transaction('r', db.posts, db.events, db.cases, () =>
    Promise.all([db.posts.toArray(), db.events.toArray(), db.cases.toArray()]),
  );
  const ctx: Context = { ...clockOf(query), ...(await settings) };
  const input = toKpiInput({ posts, events, cases });
  const options = optionsOf(ctx, query, slaHoursOf(ctx.policy, cases));
  const report = (site: Scope) => computeKpis(input, { ...options, site });
  const series: ScorecardData['series'] = {};
  const readable = readableTimes(input);
  for (const kpi of SERIES_KPIS) series[kpi] = dailySeries(readable, options, kpi);
  return {
    report: report(query.site),
    series,
    openCases: activeCases(cases, query.site),
    byChannel: Object.fromEntries(SITES.map((s) => [s, report(s)])) as Record<Site, KpiReport>,
  };
}

/**
 * The input without unreadable times for dailySeries, which would put them in
 * the period's middle day (periods.ts dayIndex(NaN) returns the middle index)
 * where computeKpis and the aggregates count them nowhere.
 */
function readableTimes(input: KpiInput): KpiInput {
  const ok = (t: string | null) => t !== null && !Number.isNaN(Date.parse(t));
  return {
    ...input,
    posts: input.posts.filter((p) => ok(p.firstSeenAt)),
    cases: input.cases.map((c) =>
      ok(c.openedAt) && (c.resolvedAt === null || ok(c.resolvedAt)) ? c : { ...c, openedAt: ok(c.openedAt) ? c.openedAt : '', resolvedAt: ok(c.resolvedAt) ? c.resolvedAt : null },
    ),
  };
}

function optionsOf(ctx: Context, query: ScorecardQuery, slaHours: Record<string, number>): KpiOptions & { site: Scope; timeZone: string } {
  return { now: ctx.now, periodDays: query.periodDays, site: query.site, timeZone: ctx.timeZone, slaHours, goals: ctx.goals };
}

// ------------------------------------------------------------------ the real loader

export async function loadScorecard(db: EarshotDb, query: ScorecardQuery): Promise<ScorecardData> {
  return (await loadFast(db, query)).data;
}

async function loadFast(db: EarshotDb, query: ScorecardQuery): Promise<{ data: ScorecardData; basis: ScorecardBasis }> {
  const clock = clockOf(query);
  // Inside a liveQuery (the popup's useLiveQuery) Dexie tracks what the querier reads through its own
  // promises; awaiting a foreign one (extension storage) can lose that tracking, and the popup would
  // stop following the data. So the settings are fetched meanwhile and awaited after the last read.
  const settings = Promise.resolve(settingsOf(query));
  // One read-only transaction: a consistent snapshot even while the background records posts. It also
  // reads the aggregates' zone; on a mismatch (the user's zone changed) they are rebuilt and read again.
  const read = () => db.transaction('r', [db.daily, db.posts, db.events, db.cases, db.meta], () => readSubsets(db, query, clock));
  let rows = await read();
  for (let attempt = 0; !rows; attempt++) {
    if (attempt === 3) throw new Error(`The daily aggregates could not be kept in ${clock.timeZone}: another page keeps rebuilding them`);
    await Promise.resolve(ensureDailyTimeZone(db, clock.timeZone));
    rows = await read();
  }
  const ctx: Context = { ...clock, ...(await settings) };
  const options = optionsOf(ctx, query, slaHoursOf(ctx.policy, rows.cases));
  const input: KpiInput = {
    posts: rows.posts,
    replies: repliesFromEvents(rows.replies),
    cases: casesFromRows(rows.cases),
    engagement: engagementFromEvents(rows.engagement),
  };

  // The engine on the subsets is exact for every KPI but those that count posts (the five count
  // tiles, Response rate's denominator) and the goals and Score that read them: those are merged in.
  const raw = {} as Record<Scope, KpiReport>;
  for (const s of SCOPES) raw[s] = computeKpis(input, { ...options, site: s });
  const numbers = postNumbers(rows.daily, input, options);
  const report = (scope: Scope) => mergeCounts(raw, scope, rows.daily, numbers, { ...options, site: scope });

  const series = sparklines(rows.daily, input, options);
  const data: ScorecardData = {
    report: report(query.site),
    series,
    openCases: activeCases(rows.cases, query.site),
    byChannel: Object.fromEntries(SITES.map((s) => [s, report(s)])) as Record<Site, KpiReport>,
  };
  // Replies were read up to now + WIDEN: one dated later could start counting before the engine's
  // next change, so the numbers are vouched for no further than that.
  const validUntil = Math.min(kpisValidUntil(input, options), clock.now.getTime() + WIDEN);
  const basis: ScorecardBasis = {
    periodDays: query.periodDays,
    site: query.site,
    version: rows.version,
    settings: ctx.settings,
    timeZone: clock.timeZone,
    computedAt: clock.now.getTime(),
    validUntil,
  };
  return { data, basis };
}

const SCOPES: Scope[] = ['all', ...SITES];
type Which = 'current' | 'previous';

/** What the posts add up to per scope and period: counters from the aggregates, replied from the subsets. */
interface PostNumbers {
  counts(site: Scope, which: Which): PostCounts;
  /** computeMetrics' Response rate: replied needing mentions / needing mentions, first seen in the period. */
  responseRate(site: Scope, which: Which): { value: number | null; replied: number; needing: number };
}

function postNumbers(daily: DailyAggregate[], input: KpiInput, options: KpiOptions & { timeZone: string }): PostNumbers {
  const n = options.periodDays;
  const today = localDayKey(options.now, options.timeZone);
  const bounds = periodBounds(options.now, n, options.timeZone);
  const days = { current: [addDays(today, 1 - n), today], previous: [addDays(today, 1 - 2 * n), addDays(today, -n)] } as const;
  const counts = (site: Scope, which: Which) => sumAggregates(daily, site, days[which][0], days[which][1]);
  const replied = repliedNeeding(input, options.now);
  return {
    counts,
    responseRate(site, which) {
      const needing = counts(site, which).needing;
      const { start, end } = bounds[which];
      const r = replied.filter((p) => (site === 'all' || p.site === site) && within(p.firstSeenAt, start.getTime(), end.getTime())).length;
      return { value: needing ? (r / needing) * 100 : null, replied: r, needing };
    },
  };
}

/** The needing-response mentions of `input` with a reply by `now` (every such post of the periods is in the subsets). */
function repliedNeeding(input: KpiInput, now: Date): StoredPost[] {
  const index = buildIndex({ ...input, engagement: [] }, now);
  return input.posts.filter((p) => needsResponse(p) && index.firstReply.has(postKey(p.site, p.postId)));
}

/**
 * The sparklines, each day measured as dailySeries measures it (series.ts): the counts from the
 * aggregates, Response rate with the day's needing count from them, issues from the cases read.
 * Built here in one pass over one list of days: dailySeries and dailySeriesFromAggregates work out
 * the days again for every KPI (~3 ms each with Intl), which was a tenth of the popup's loader.
 */
function sparklines(daily: DailyAggregate[], input: KpiInput, options: KpiOptions & { timeZone: string }): ScorecardData['series'] {
  const scope = options.site ?? 'all';
  const days = periodDays(options.now, options.periodDays, options.timeZone);
  const inScope = (site: Site) => scope === 'all' || site === scope;
  const dayOf = (iso: string | null): number => {
    const t = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(t) ? -1 : dayIndex(t, days);
  };
  const replied = new Array<number>(days.length).fill(0);
  for (const p of repliedNeeding(input, options.now)) if (inScope(p.site) && dayOf(p.firstSeenAt) >= 0) replied[dayOf(p.firstSeenAt)]!++;
  const opened = new Array<number>(days.length).fill(0);
  const resolved = new Array<number>(days.length).fill(0);
  for (const c of input.cases) {
    if (!inScope(c.site)) continue;
    const o = dayOf(c.openedAt);
    if (o >= 0) opened[o]!++;
    const r = c.state === 'resolved' ? dayOf(c.resolvedAt) : -1;
    if (r >= 0) resolved[r]!++;
  }
  const counts = days.map((d) => sumAggregates(daily, scope, d.day, d.day));
  const line = (value: (i: number) => number | null): SeriesPoint[] => days.map((d, i) => ({ day: d.day, value: value(i) }));
  const out: Record<SeriesKpi, SeriesPoint[]> = {
    mentions: line((i) => counts[i]!.mentions),
    competitorMentions: line((i) => counts[i]!.competitor),
    needingResponse: line((i) => counts[i]!.needing),
    responseRate: line((i) => (counts[i]!.needing ? (replied[i]! / counts[i]!.needing) * 100 : null)),
    issuesOpened: line((i) => opened[i]!),
    issuesResolved: line((i) => resolved[i]!),
    ownPosts: line((i) => counts[i]!.own),
    sentiment: line((i) => sentimentNet(counts[i]!)),
  };
  return Object.fromEntries(SERIES_KPIS.map((k) => [k, out[k]]));
}

/**
 * The report of `scope` with the post-counting KPIs merged in: the count
 * tiles from the aggregates, Response rate with the aggregates' denominator,
 * then the goals and Score re-evaluated (computeKpis' rules: goalsForScope,
 * each goal on its own scope's numbers, Open issues has no previous value).
 */
function mergeCounts(
  raw: Record<Scope, KpiReport>,
  scope: Scope,
  daily: DailyAggregate[],
  numbers: PostNumbers,
  options: KpiOptions & { site: Scope },
): KpiReport {
  const base = raw[scope];
  const n = options.periodDays;
  const goals = goalsForScope(options.goals!, scope);
  const merged = (kpi: KpiId): boolean => isCountKpi(kpi) || kpi === 'responseRate';
  const valueOf = (g: Goal, which: Which): number | null => {
    if (isCountKpi(g.kpi)) return metricValue({ counts: numbers.counts(g.site, which) } as Metrics, g.kpi);
    if (g.kpi === 'responseRate') return numbers.responseRate(g.site, which).value;
    const tile = raw[g.site].byId[g.kpi];
    if (g.kpi === 'openIssues') return which === 'current' ? tile.value : null;
    return which === 'current' ? tile.value : tile.previous;
  };
  const results: GoalResult[] = goals.map((g, i) => (merged(g.kpi) ? evaluateGoal(g, valueOf(g, 'current'), n) : base.goals[i]!));
  const previous = goals.map((g) => evaluateGoal(g, valueOf(g, 'previous'), n));

  const byId = { ...base.byId } as Record<KpiId, KpiValue>;
  for (const tile of computeCountKpisFromAggregates(daily, options)) byId[tile.id] = tile;
  const cur = numbers.responseRate(scope, 'current');
  byId.responseRate = kpiValue('responseRate', cur.value, numbers.responseRate(scope, 'previous').value, {
    goal: tileGoal(results, scope, 'responseRate'),
    detail: { replied: cur.replied, needing: cur.needing },
  });
  byId.score = kpiValue('score', scoreOf(results), scoreOf(previous));
  return { ...base, kpis: KPI_IDS.map((id) => byId[id]), byId, goals: results };
}

interface Subsets {
  daily: DailyAggregate[];
  /** The posts of the replies read, the listed early-replied posts, the own posts of the 2 periods. */
  posts: StoredPost[];
  /** Replies since the previous period began, plus every reply of the posts whose earlier ones matter. */
  replies: StoredEvent[];
  /** Every engagement snapshot of the own posts in `posts`. */
  engagement: StoredEvent[];
  /** Opened or resolved in the 2 periods, or active. */
  cases: StoredCase[];
  /** The data version these rows are (meta SCORECARD_VERSION_KEY). */
  version: string | undefined;
}

/** The rows the report needs (see the top of this file); null when the aggregates are in another zone. */
async function readSubsets(db: EarshotDb, query: ScorecardQuery, ctx: Clock): Promise<Subsets | null> {
  const n = query.periodDays;
  const bounds = periodBounds(ctx.now, n, ctx.timeZone);
  const start = bounds.previous.start.getTime();
  const end = bounds.current.end.getTime();
  const lo = iso(start - WIDEN);
  const hiPosts = iso(end + WIDEN);
  const hiEvents = iso(ctx.now.getTime() + WIDEN);
  const today = localDayKey(ctx.now, ctx.timeZone);

  const [zone, version, daily, replies, ownRefs, earlyRefs, opened, resolved, active] = await Promise.all([
    getDailyTimeZone(db),
    db.meta.get(SCORECARD_VERSION_KEY).then(versionOf),
    db.daily.where('day').between(addDays(today, 1 - 2 * n), today, true, true).toArray(),
    db.events.where('[type+at]').between(['reply', lo], ['reply', hiEvents], true, true).toArray(),
    readPostRefs(db, OWN_POSTS_KEY),
    readPostRefs(db, EARLY_REPLIES_KEY),
    db.cases.where('openedAt').between(lo, hiPosts, true, true).toArray(),
    db.cases.where('resolvedAt').between(lo, hiPosts, true, true).toArray(),
    Promise.all(ACTIVE.map((state) => db.cases.where('state').equals(state).toArray())).then((lists) => lists.flat()),
  ]);
  if (zone !== ctx.timeZone) return null;

  // Posts: those replied to in the window, the listed early-replied ones that may fall in the periods
  // (a list entry's firstSeenAt is never earlier than the post's), the own posts of the periods; and,
  // meanwhile, every event of the listed ones (their earlier replies; the own posts' snapshots).
  const listed = [...earlyRefs.filter((r) => !(Date.parse(r[2]) < start)), ...ownRefs.filter((r) => within(r[2], start, end))];
  const listedKeys = new Set(listed.map((r) => keyString(r[0], r[1])));
  const wanted = new Map<string, Key>();
  for (const e of replies) wanted.set(keyString(e.site, e.postId), [e.site, e.postId]);
  for (const [site, postId] of listed) wanted.set(keyString(site, postId), [site, postId]);
  const [got, listedEvents] = await Promise.all([db.posts.bulkGet([...wanted.values()]), eventsOf(db, [...listedKeys].map(splitKeyString))]);
  const found = got.filter((p): p is StoredPost => p !== undefined);

  // A post first seen before the periods: its reply in the window may not be its first, so read its
  // events too. Any other post's replies before the window would precede its first sighting: listed.
  const older = found.filter((p) => !(Date.parse(p.firstSeenAt) >= start) && !listedKeys.has(keyString(p.site, p.postId)));
  const events = [...listedEvents, ...(await eventsOf(db, older.map((p): Key => [p.site, p.postId])))];

  const allReplies = new Map(replies.map((e) => [e.id, e]));
  for (const e of events) if (e.type === 'reply') allReplies.set(e.id, e);
  const own = new Set(found.filter((p) => isOwnPost(p) && within(p.firstSeenAt, start, end)).map((p) => keyString(p.site, p.postId)));
  const cases = new Map<string, StoredCase>();
  for (const c of [...opened, ...resolved, ...active]) cases.set(c.id, c);
  return {
    daily,
    posts: found,
    replies: [...allReplies.values()],
    engagement: events.filter((e) => e.type === 'engagement' && own.has(keyString(e.site, e.postId))),
    cases: [...cases.values()],
    version,
  };
}

/**
 * Every event of each post: one key-range read per post, all in flight at
 * once (anyOf walks a cursor from key to key, one round trip per step).
 */
async function eventsOf(db: EarshotDb, keys: Key[]): Promise<StoredEvent[]> {
  const lists = await Promise.all(keys.map((key) => db.events.where('[site+postId]').equals(key).toArray()));
  return lists.flat();
}

function splitKeyString(k: string): Key {
  const cut = k.indexOf('\u0000');
  return [k.slice(0, cut) as Site, k.slice(cut + 1)];
}
