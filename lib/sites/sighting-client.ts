import { classifyText } from '../classify/classify';
import type { PostSighting, PostStatus, SightingResult } from '../messaging/protocol';
import type { Classification } from '../model/types';

/**
 * The content script's one round trip per matched post: the background
 * classifies it (VADER lexicon + cues, ~45 kB gzip, kept out of the content
 * script), stores the sighting and answers with the case state the chip shows.
 * One message instead of three (classify, record, status) was most of the
 * content script's messaging cost on a busy feed.
 *
 * Sightings within one short window travel together; classifications are cached
 * per text (revisits and recycled elements ask again, and then go through the
 * ordinary record queue). When the background does not answer in time, the small
 * local rule set decides and the caller records through its retrying queue, so a
 * post is never left unmarked and never lost.
 */

export interface Seen {
  classification: Classification;
  /** The case state, when the background answered. */
  status: PostStatus | null;
  /** The background stored the sighting; false: the caller must queue it. */
  recorded: boolean;
}

export type See = (sighting: PostSighting) => Promise<Seen>;

export interface SightingClientOptions {
  windowMs?: number;
  timeoutMs?: number;
  cacheSize?: number;
}

export function createSightingClient(send: (sightings: PostSighting[]) => Promise<SightingResult[]>, options: SightingClientOptions = {}): See {
  const windowMs = options.windowMs ?? 16;
  const timeoutMs = options.timeoutMs ?? 2500;
  const cacheSize = options.cacheSize ?? 500;
  const cache = new Map<string, Promise<Classification>>();
  let batch: { sighting: PostSighting; resolve(seen: Seen): void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;

  // One request at a time: what is seen while the background stores the last batch waits and
  // travels with the next one, so a fast scroll sends a few larger messages, not one per post.
  const settle = (): void => {
    inFlight = false;
    if (batch.length > 0) timer ??= setTimeout(flush, 0);
  };

  const flush = (): void => {
    timer = null;
    if (inFlight || batch.length === 0) return;
    inFlight = true;
    const items = batch;
    batch = [];
    const local = (item: (typeof items)[number]): void => item.resolve({ classification: classifyText(item.sighting.data.text), status: null, recorded: false });
    const timeout = setTimeout(() => {
      items.forEach(local);
      settle(); // a background that does not answer must not hold the next batch
    }, timeoutMs);
    send(items.map((item) => item.sighting))
      .then((results) => {
        items.forEach((item, i) => {
          const result = results[i];
          if (result) item.resolve(result);
          else local(item);
        });
      })
      .catch(() => items.forEach(local))
      .finally(() => {
        clearTimeout(timeout);
        settle();
      });
  };

  return (sighting) => {
    const text = sighting.data.text;
    const cached = cache.get(text);
    if (cached) return cached.then((classification) => ({ classification, status: null, recorded: false }));
    const seen = new Promise<Seen>((resolve) => {
      let settled = false;
      batch.push({ sighting, resolve: (s) => !settled && ((settled = true), resolve(s)) });
    });
    cache.set(text, seen.then((s) => s.classification));
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    timer ??= setTimeout(flush, windowMs);
    return seen;
  };
}
