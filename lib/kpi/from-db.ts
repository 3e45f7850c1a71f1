/**
 * From stored rows (lib/db/schema.ts) to the engine's plain records. Type
 * imports only: the engine never touches Dexie, the caller reads the tables.
 */
import type { StoredPost } from '../model/types';
import type { StoredCase, StoredEvent } from '../db/schema';
import type { CaseRecord, EngagementSnapshot, KpiInput, ReplyRecord } from './types';

/** 'reply' events → replies (the event's `at` is the reply time, §3 "recorded … with its time"). */
export function repliesFromEvents(events: Iterable<StoredEvent>): ReplyRecord[] {
  const out: ReplyRecord[] = [];
  for (const e of events) if (e.type === 'reply') out.push({ site: e.site, postId: e.postId, at: e.at });
  return out;
}

/** 'engagement' events → snapshots; an event without numbers is skipped. */
export function engagementFromEvents(events: Iterable<StoredEvent>): EngagementSnapshot[] {
  const out: EngagementSnapshot[] = [];
  for (const e of events) {
    const n = e.type === 'engagement' ? e.data?.engagement : undefined;
    if (!n) continue;
    const snap: EngagementSnapshot = { site: e.site, postId: e.postId, at: e.at };
    for (const k of ['likes', 'comments', 'reposts', 'views'] as const) if (typeof n[k] === 'number') snap[k] = n[k];
    out.push(snap);
  }
  return out;
}

/** Cases keep their category; the SLA per category comes from KpiOptions.slaHours (the options page). */
export function casesFromRows(cases: Iterable<StoredCase>): CaseRecord[] {
  return [...cases].map((c) => ({
    site: c.site,
    postId: c.postId,
    state: c.state,
    openedAt: c.openedAt,
    resolvedAt: c.resolvedAt,
    category: c.category,
  }));
}

export function toKpiInput(rows: { posts: StoredPost[]; events: StoredEvent[]; cases: StoredCase[] }): KpiInput {
  return {
    posts: rows.posts,
    replies: repliesFromEvents(rows.events),
    cases: casesFromRows(rows.cases),
    engagement: engagementFromEvents(rows.events),
  };
}
