/**
 * Hostile page text (product.md §7: page text is untrusted, never HTML). Every
 * post of tests/fixtures/hostile-posts.json goes through each piece of code
 * that touches page text: no crash, no element we did not create ourselves,
 * each call well under a second (a guard against catastrophic backtracking;
 * the speed targets themselves are proven by the benchmarks).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SeenPost } from '@/lib/messaging/protocol';
import { classifyPost } from '@/lib/classify/classify-post';
import { classifyText } from '@/lib/classify/classify';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { openDb } from '@/lib/db/schema';
import { DEFAULT_MAX_TEXT, extractText } from '@/lib/dom/extract-text';
import { compileWatchlist } from '@/lib/matching';
import { POST_KINDS, type Classification, type Term } from '@/lib/model/types';
import { createChip, type ChipModel } from '@/lib/overlay/chip';
import { createTemplatePicker } from '@/lib/overlay/template-picker';
import { exportBackup, serializeBackup } from '@/lib/backup/export-backup';
import { applyBackup, parseBackup } from '@/lib/backup/import-backup';
import { renderTemplate } from '@/lib/templates/render';
import { buildCorpus, serializeCorpus, type HostileCorpus, type HostilePost } from '../fixtures/make-hostile-corpus';
import { countElements, FORMULA_START, LONE_SURROGATE, parseCsv, storedPost, type CsvModule, type EscalationModule } from './hostile-helpers';

// Paths from the project root (Vitest's root).
const CORPUS_FILE = resolve('tests/fixtures/hostile-posts.json');
const corpusText = readFileSync(CORPUS_FILE, 'utf8');
const corpus: HostileCorpus = JSON.parse(corpusText);
const posts = corpus.posts;

/** The demo watchlist (the one the e2e tests import). */
const DEMO_TERMS: Term[] = (
  JSON.parse(readFileSync(resolve('tests/fixtures/backup/demo-backup.json'), 'utf8')) as {
    terms: Omit<Term, 'id'>[];
  }
).terms.map((t, i) => ({ ...t, id: `demo-${i}`, exclude: t.exclude ?? [] }));

/** A guard against catastrophic backtracking, not a speed target. */
const MAX_MS_PER_ITEM = 1000;
// Each test walks the whole corpus (hundreds of items): the per-item bound is the one that matters.
vi.setConfig({ testTimeout: 120_000 });

function timed<T>(post: HostilePost, what: string, run: () => T): T {
  const started = performance.now();
  let result: T;
  try {
    result = run();
  } catch (error) {
    throw new Error(`${what} threw on ${post.id}: ${String(error)}`, { cause: error });
  }
  const ms = performance.now() - started;
  expect(ms, `${what} took ${ms.toFixed(0)} ms on ${post.id}`).toBeLessThan(MAX_MS_PER_ITEM);
  return result;
}

/** A payload that did run would set one of these. */
declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const alertSpy = vi.fn<(message?: unknown) => void>();
beforeEach(() => {
  document.body.replaceChildren();
  alertSpy.mockClear();
  window.alert = alertSpy;
});
afterEach(() => {
  expect(alertSpy).not.toHaveBeenCalled();
  expect(window.__pwned).toBeUndefined();
});

describe('the hostile corpus', () => {
  it('holds at least 220 posts with unique ids, and is what make-hostile-corpus.ts writes', () => {
    expect(posts.length).toBeGreaterThanOrEqual(220);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    expect(corpusText, 'run: npx tsx tests/fixtures/make-hostile-corpus.ts').toBe(serializeCorpus(buildCorpus()));
    const categories = new Set(posts.map((p) => p.category));
    for (const c of ['script', 'handler', 'link', 'bidi', 'zero-width', 'homoglyph', 'surrogate', 'null', 'crlf', 'braces', 'csv', 'long-word', 'nested', 'normalisation', 'huge', 'emoji', 'author']) {
      expect(categories).toContain(c);
    }
    expect(posts.some((p) => p.text.length >= 100_000)).toBe(true);
  });
});

describe('page text through the content-script code', () => {
  it('extractText reads a DOM built with textContent back as the same text, creating nothing', () => {
    for (const post of posts) {
      const article = document.createElement('article');
      const name = document.createElement('span');
      name.textContent = post.author;
      const body = document.createElement('p');
      body.textContent = post.text;
      article.append(name, body);
      document.body.append(article);
      const before = countElements();
      const out = timed(post, 'extractText', () => extractText([body]));
      expect(out.text, post.id).toBe(post.text.slice(0, DEFAULT_MAX_TEXT));
      expect(countElements(), post.id).toBe(before);
      article.remove();
    }
  });

  it('the watchlist matcher returns in-bounds, ordered, non-overlapping matches', () => {
    const matcher = compileWatchlist(DEMO_TERMS);
    for (const post of posts) {
      const matches = timed(post, 'match', () => matcher.match(post.text));
      let last = 0;
      for (const m of matches) {
        expect(m.start, post.id).toBeGreaterThanOrEqual(last);
        expect(m.end, post.id).toBeGreaterThan(m.start);
        expect(m.end, post.id).toBeLessThanOrEqual(post.text.length);
        last = m.end;
      }
    }
  });

  it('classifyText and classifyPost return a valid classification', () => {
    const valid = (c: Classification, id: string) => {
      expect(POST_KINDS, id).toContain(c.kind);
      expect(c.sentiment, id).toBeGreaterThanOrEqual(-1);
      expect(c.sentiment, id).toBeLessThanOrEqual(1);
      expect(c.urgency, id).toBeGreaterThanOrEqual(0);
      expect(c.urgency, id).toBeLessThanOrEqual(1);
      expect(c.reasons.every((r) => typeof r === 'string'), id).toBe(true);
    };
    for (const post of posts) {
      valid(timed(post, 'classifyText', () => classifyText(post.text)), post.id);
      valid(timed(post, 'classifyPost', () => classifyPost(post.text)), post.id);
    }
  });

  it('renderTemplate puts the text in as a value: braces in it are never variables', () => {
    const braces = (s: string) => s.split('{{').length - 1;
    for (const post of posts) {
      const r = timed(post, 'renderTemplate', () => renderTemplate('Hi {{author}}, sorry. – {{my_name}}', { author: post.text, my_name: 'Dana' }));
      expect(r.unknown, post.id).toEqual([]);
      expect(braces(r.text), post.id).toBe(braces(post.text));
      expect(r.text.endsWith('– Dana'), post.id).toBe(true);
      // The text as a template body (a pasted template) is bounded too.
      timed(post, 'renderTemplate(body)', () => renderTemplate(post.text, { author: post.author }));
    }
  });
});

describe('page text in our in-page UI', () => {
  /** Elements our chip creates for a model with the same number of reasons. */
  function chipElements(model: ChipModel): number {
    const chip = createChip('light', model);
    document.body.append(chip.host);
    const n = countElements(chip.host.shadowRoot!) + 1;
    chip.host.remove();
    return n;
  }

  it('the chip shows terms and reasons as text and adds only its own elements', () => {
    for (const post of posts) {
      const model: ChipModel = { role: 'mention', kind: 'issue', terms: [post.text, post.author], reasons: [post.text, post.author], truncated: true };
      const expected = chipElements({ ...model, terms: ['a'], reasons: ['b', 'c'] });
      const before = countElements();
      const chip = timed(post, 'createChip', () => createChip('dark', model));
      document.body.append(chip.host);
      timed(post, 'chip.update', () => chip.update({ ...model, role: 'competitor', reasons: [post.author, post.text] }));
      timed(post, 'chip.setStatus', () => chip.setStatus(post.text));
      expect(countElements() - before, post.id).toBe(expected);
      const details = chip.host.shadowRoot!.querySelector('.details')!;
      expect(details.firstElementChild!.textContent, post.id).toBe(`Matched: ${post.text}, ${post.author}`);
      expect(chip.host.shadowRoot!.querySelector('.status')!.textContent, post.id).toBe(post.text);
      chip.host.remove();
    }
  });

  it('the template picker names options by the text and adds only its own elements', () => {
    const choose = vi.fn();
    const build = (name: string) =>
      createTemplatePicker({
        templates: [
          { id: 'hostile', name, category: 'issue' },
          { id: 'plain', name: 'Plain', category: 'praise' },
        ],
        suggestedId: 'hostile',
        onChoose: choose,
        onClose: () => {},
        footer: [{ label: 'Mark as replied', run: () => {} }],
      });
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    root.append(build('benign').element);
    const expected = countElements(root);
    root.replaceChildren();

    for (const post of posts) {
      const before = countElements();
      const picker = timed(post, 'createTemplatePicker', () => build(post.text));
      root.append(picker.element);
      expect(countElements() - before, post.id).toBe(expected);
      const option = root.querySelector('[role="option"]')!;
      expect(option.getAttribute('aria-label'), post.id).toBe(post.text);
      expect(option.firstElementChild!.textContent, post.id).toBe(post.text);
      // Searching for the hostile text itself keeps it listed, as text.
      const search = root.querySelector('input')!;
      search.value = post.text;
      timed(post, 'picker search', () => search.dispatchEvent(new Event('input')));
      expect(root.querySelectorAll('script, img, iframe, svg, object, embed, a, style, link, meta').length, post.id).toBe(0);
      root.replaceChildren();
    }
    expect(choose).not.toHaveBeenCalled();
  });
});

// Modules other features add; each block runs once its module exists (Vite's glob is {} for a missing file).
const loadEscalation = Object.values(import.meta.glob<EscalationModule>('/lib/cases/escalation.ts'))[0];
const loadCsv = Object.values(import.meta.glob<CsvModule>('/lib/export/csv.ts'))[0];

describe('page text leaving the extension (e-mail, CSV)', () => {
  it.skipIf(!loadEscalation)('buildEscalation: no header injection, no bidi/control characters, a bounded mailto link', async () => {
    const mod = await loadEscalation!();
    const hidden = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
    for (const post of posts) {
      const esc = timed(post, 'buildEscalation', () =>
        mod.buildEscalation(
          {
            id: 'C-1042', site: 'x', postId: '1', url: 'https://x.com/a/status/1', state: 'escalated', category: post.author,
            openedAt: '2025-01-31T09:21:00.000Z', resolvedAt: null, history: [],
          },
          { author: post.author, handle: post.text.slice(0, 300), url: post.text.slice(0, 300), text: post.text, kind: 'issue', reasons: [post.text] },
          { name: post.author, email: post.text.slice(0, 300), category: post.text.slice(0, 300) },
        ),
      );
      expect(esc.subject, post.id).not.toMatch(/[\r\n]/);
      expect(esc.subject, post.id).not.toMatch(hidden);
      expect(esc.body, post.id).not.toMatch(hidden);
      expect(esc.mailto.startsWith('mailto:'), post.id).toBe(true);
      expect(esc.mailto.length, post.id).toBeLessThanOrEqual(mod.MAILTO_MAX_LENGTH);
      expect(() => decodeURIComponent(esc.mailto), post.id).not.toThrow();
    }
  });

  it.skipIf(!loadCsv)('CSV: cells starting with = + - @ are neutralised, every value reads back', async () => {
    const mod = await loadCsv!();
    const values = posts.flatMap((p) => [p.text, p.author]);
    const readBack = (cell: string, original: string) => {
      // Neutralising adds one leading '; lone surrogates become U+FFFD (they cannot be written as UTF-8).
      const unprefixed = cell.startsWith("'") && !original.startsWith("'") ? cell.slice(1) : cell;
      expect(unprefixed).toBe(original.replace(LONE_SURROGATE, '\uFFFD'));
    };
    for (const [i, value] of values.entries()) {
      const post = posts[i >> 1]!;
      const cell = parseCsv(timed(post, 'csvCell', () => mod.csvCell(value)))[0]?.[0] ?? '';
      expect(cell, post.id).not.toMatch(FORMULA_START);
      readBack(cell, value);
    }
    // A whole mentions export: every text cell of every row (our own numbers such as -0.5 stay numbers).
    const rows = parseCsv(mod.mentionsCsv(posts.map((p, i) => storedPost(p, i))).replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const numeric = new Set(['Sentiment', 'Urgency'].map((h) => header.indexOf(h)));
    expect(rows).toHaveLength(posts.length + 1);
    rows.slice(1).forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!numeric.has(c)) expect(cell, `${posts[r]!.id}, column ${header[c]}`).not.toMatch(FORMULA_START);
      });
      readBack(row[header.indexOf('Text')]!, posts[r]!.text);
      readBack(row[header.indexOf('Author')]!, posts[r]!.author);
    });
  });
});

describe('page text stored and backed up', () => {
  it('recordSeenPosts stores every post; export → parse → apply → export gives the same mentions', async () => {
    const matcher = compileWatchlist(DEMO_TERMS);
    const seen: SeenPost[] = posts.map((post, i) => {
      const text = post.text.slice(0, DEFAULT_MAX_TEXT); // what extractText hands on
      return {
        data: {
          site: 'x', postId: post.category === 'prototype' ? post.text : `h${i}`,
          // A spoofed page controls links too: javascript: and broken URLs must not reach the backup.
          url: post.category === 'link' ? post.text : `https://x.com/user/status/${i}`,
          author: post.author, handle: post.category === 'author' ? post.author : null, text,
          postedAt: post.category === 'misc' ? post.text : null, isComment: false, isOwn: false, isPromoted: false,
        },
        matches: matcher.match(text).map((m) => ({ termText: m.termText, kind: m.kind })),
        classification: classifyPost(text),
        role: 'mention',
        seenAt: '2025-01-31T09:00:00.000Z',
      };
    });
    const db = openDb(`hostile-${Date.now()}`);
    const result = await recordSeenPosts(db, seen, new Date('2025-01-31T10:00:00.000Z'));
    expect(result.created).toBe(posts.length);

    const file = serializeBackup(await exportBackup(db, new Date('2025-02-01T00:00:00.000Z')));
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.mentions).toHaveLength(posts.length);
    expect(parsed.backup.mentions!.every((m) => m.url === null || /^https:\/\//.test(m.url))).toBe(true);

    const copy = openDb(`hostile-copy-${Date.now()}`);
    await applyBackup(copy, parsed.backup);
    const again = await exportBackup(copy, new Date('2025-02-01T00:00:00.000Z'));
    expect(again.mentions).toEqual(JSON.parse(file).mentions);
    expect(new Set(again.mentions.map((m) => m.text))).toEqual(new Set(seen.map((s) => s.data.text)));
    db.close();
    copy.close();
  });

  it('a spoofed page cannot make the backup un-importable with oversized names or handles', async () => {
    // Adapters read the author and profile link from the page as they are: a spoofed page can make them huge.
    const huge = posts.filter((p) => p.text.length > 1000);
    expect(huge.length).toBeGreaterThan(10);
    const seen: SeenPost[] = huge.map((post, i) => ({
      data: {
        site: 'facebook', postId: `big${i}`, url: null, author: post.text.slice(0, DEFAULT_MAX_TEXT), handle: post.text,
        text: 'Northwind Coffee', postedAt: null, isComment: false, isOwn: false, isPromoted: false,
      },
      matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
      classification: { kind: 'other', sentiment: 0, urgency: 0, reasons: [] },
      role: 'mention',
      seenAt: '2025-01-31T09:00:00.000Z',
    }));
    const db = openDb(`hostile-big-${Date.now()}`);
    await recordSeenPosts(db, seen);
    const parsed = parseBackup(serializeBackup(await exportBackup(db)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.mentions).toHaveLength(huge.length);
    db.close();
  });
});
