import { listCases } from '../db/cases-repo';
import { loadScorecard } from '../db/scorecard-repo';
import type { EarshotDb } from '../db/schema';
import { listTerms } from '../db/terms-repo';
import type { PeriodDays } from '../kpi';
import { getEscalationSettings } from '../settings/escalation-settings';
import { buildBrief, type Brief } from './build-brief';

/** Any UTC offset lies within 15 h: widen the index range, buildBrief filters by exact time. */
const WIDEN_MS = 15 * 3_600_000;

/**
 * Reads what the brief needs and hands it to buildBrief: the scorecard for
 * the period (the same loader as popup and dashboard, so the numbers agree),
 * the active cases, the issue and praise posts of the two periods, the
 * watchlist and the SLA hours. Safe inside useLiveQuery.
 */
export async function loadBrief(db: EarshotDb, periodDays: PeriodDays, now: Date = new Date(), timeZone?: string): Promise<Brief> {
  const { report, byChannel } = await loadScorecard(db, { periodDays, site: 'all', now, ...(timeZone && { timeZone }) });
  const from = new Date(report.previous.start.getTime() - WIDEN_MS).toISOString();
  // One range read over the two periods (the firstSeenAt index exists in every schema version), split by kind.
  const posts = db.posts.where('firstSeenAt').aboveOrEqual(from).filter((p) => p.kind === 'issue' || p.kind === 'praise').toArray();
  // Non-Dexie promises go through Promise.resolve inside a liveQuery (Dexie's rule for queriers).
  const [activeCases, recent, terms, settings] = await Promise.all([
    listCases(db, { states: ['open', 'escalated'] }),
    posts,
    listTerms(db),
    Promise.resolve(getEscalationSettings()),
  ]);
  return buildBrief({
    now, periodDays, report, byChannel, activeCases,
    issuePosts: recent.filter((p) => p.kind === 'issue'),
    praisePosts: recent.filter((p) => p.kind === 'praise'),
    watchlist: terms.map((t) => t.text),
    slaPolicy: settings.categories.map(({ name, slaHours }) => ({ name, slaHours })),
  });
}
