import { classifyText } from '../classify/classify';
import type { Classification } from '../model/types';

/**
 * The content script's view of classification. The real classifier (VADER
 * lexicon + cues, ~45 kB gzip) runs in the background so the content script
 * stays small; requests made within one short window travel in one message,
 * answers are cached per text (revisits and recycled elements ask again), and
 * when the background does not answer in time the small local rule set
 * decides, so a post is never left unmarked.
 */

export type Classify = (text: string) => Promise<Classification>;

export interface ClassifyClientOptions {
  windowMs?: number;
  timeoutMs?: number;
  cacheSize?: number;
}

export function createClassifyClient(
  send: (texts: string[]) => Promise<Classification[]>,
  options: ClassifyClientOptions = {},
): Classify {
  const windowMs = options.windowMs ?? 16;
  const timeoutMs = options.timeoutMs ?? 2500;
  const cacheSize = options.cacheSize ?? 500;
  const cache = new Map<string, Promise<Classification>>();
  let batch: { text: string; resolve(c: Classification): void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = (): void => {
    timer = null;
    const items = batch;
    batch = [];
    const fallback = (): void => items.forEach((item) => item.resolve(classifyText(item.text)));
    const timeout = setTimeout(fallback, timeoutMs);
    send(items.map((item) => item.text))
      .then((results) => {
        clearTimeout(timeout);
        items.forEach((item, i) => item.resolve(results[i] ?? classifyText(item.text)));
      })
      .catch(() => {
        clearTimeout(timeout);
        fallback();
      });
  };

  return (text) => {
    const cached = cache.get(text);
    if (cached) return cached;
    const promise = new Promise<Classification>((resolve) => {
      let settled = false;
      batch.push({ text, resolve: (c) => !settled && ((settled = true), resolve(c)) });
    });
    cache.set(text, promise);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    timer ??= setTimeout(flush, windowMs);
    return promise;
  };
}
