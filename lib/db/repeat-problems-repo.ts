import { groupTopics, type Topic } from '../cases/topics';
import type { PeriodDays, Scope } from '../kpi';
import type { EarshotDb } from './schema';
import { listTerms } from './terms-repo';

const DAY_MS = 86_400_000;
/** Any UTC offset lies within 15 h: widen the index range; groupTopics filters by exact time. */
const WIDEN_MS = 15 * 3_600_000;

export interface RepeatProblemsQuery {
  periodDays: PeriodDays;
  channel: Scope;
  /** End of the period (the KPI report's current.end); the two periods are the N×24 h before it and the N×24 h before that. */
  end: Date;
}

/**
 * Repeat problems (product.md §4): the issue posts by others of the period
 * and the one before (firstSeenAt index, in every schema version), grouped
 * by shared key phrase, with the watchlist's own words left out (every
 * mention says the brand). Safe inside useLiveQuery.
 */
export async function loadRepeatProblems(db: EarshotDb, { periodDays, channel, end }: RepeatProblemsQuery): Promise<Topic[]> {
  const from = new Date(end.getTime() - 2 * periodDays * DAY_MS - WIDEN_MS).toISOString();
  const [posts, terms] = await Promise.all([
    db.posts.where('firstSeenAt').aboveOrEqual(from).filter((p) => p.kind === 'issue').toArray(),
    listTerms(db),
  ]);
  const issues = posts
    .filter((p) => !p.competitor && !p.isOwn && (channel === 'all' || p.site === channel))
    .map((p) => ({ id: `${p.site}:${p.postId}`, text: p.text, at: p.firstSeenAt }));
  return groupTopics(issues, { now: end, periodDays, exclude: terms.map((t) => t.text) });
}
