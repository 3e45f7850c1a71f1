import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BackupTerm } from './corpus';
import type { Feed } from './feed-pages';

/**
 * BENCH_CORPUS=hostile: the feed pages with the 366 hostile post texts and author names of
 * tests/fixtures/hostile-posts.json (script/img payloads, bidi, zero-width, 100,000-character
 * posts, 5,000 emoji, broken surrogates…) round-robin, and the demo watchlist added so many of
 * them match. Shared by the feed bench (which judges it) and the profiler (which explains it).
 */
export const HOSTILE = process.env.BENCH_CORPUS === 'hostile';

const readJson = <T,>(path: string): T => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as T;

export const HOSTILE_POSTS: { text: string; author: string }[] = HOSTILE ? readJson<{ posts: { text: string; author: string }[] }>('../../tests/fixtures/hostile-posts.json').posts : [];

/** The watchlist to use: `generated`, plus in hostile mode the demo terms it lacks. */
export function withHostileTerms(generated: BackupTerm[]): BackupTerm[] {
  if (!HOSTILE) return generated;
  const demo = readJson<{ terms: BackupTerm[] }>('../../tests/fixtures/backup/demo-backup.json').terms;
  return [...generated, ...demo.filter((d) => !generated.some((g) => g.text.toLowerCase() === d.text.toLowerCase()))];
}

/** In hostile mode every post's text and name from the hostile corpus (the ids stay); else `feed` as is. */
export function hostileFeed(feed: Feed): Feed {
  if (!HOSTILE) return feed;
  const posts = feed.posts.map((p, i) => {
    const h = HOSTILE_POSTS[i % HOSTILE_POSTS.length]!;
    return { ...p, text: h.text, name: h.author };
  });
  return { posts, mentionIds: [] };
}
