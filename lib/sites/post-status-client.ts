import type { PostStatus } from '../messaging/protocol';
import type { Site } from '../model/types';

/**
 * The chips' case state, asked for in batches: a scroll creates chips in bursts,
 * and one extension message per chip (plus the record flush before it) was a
 * fifth of the content script's time on X. Requests within one window wait for
 * the pending sightings to be stored (an issue's case opens when the background
 * records it), then travel in one message.
 */

export type PostStatusOf = (site: Site, postId: string) => Promise<PostStatus>;

export function createPostStatusClient(
  send: (posts: { site: Site; postId: string }[]) => Promise<PostStatus[]>,
  flushRecords: () => Promise<void>,
  options: { windowMs?: number } = {},
): PostStatusOf {
  const windowMs = options.windowMs ?? 100;
  let batch: { site: Site; postId: string; resolve(s: PostStatus): void; reject(e: unknown): void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = async (): Promise<void> => {
    timer = null;
    const items = batch;
    batch = [];
    try {
      await flushRecords();
      const results = await send(items.map(({ site, postId }) => ({ site, postId })));
      items.forEach((item, i) => {
        const result = results[i];
        if (result) item.resolve(result);
        else item.reject(new Error('no status for this post'));
      });
    } catch (error) {
      items.forEach((item) => item.reject(error));
    }
  };

  return (site, postId) =>
    new Promise<PostStatus>((resolve, reject) => {
      batch.push({ site, postId, resolve, reject });
      timer ??= setTimeout(() => void flush(), windowMs);
    });
}
