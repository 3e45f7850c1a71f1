/**
 * Size of every built entrypoint (raw and gzip -9), from .output/chrome-mv3.
 * Run: npm run build && npx tsx bench/bundle-size.ts [dir]
 * Exits 1 when a content script (its JS, or its JS + CSS) is over 60 kB gzip, or when
 * there is no build: content scripts are injected into every page of the three sites.
 *
 * Entrypoints are read from the manifest: each content script, the background service
 * worker, and the popup / options pages with every file they load (their <script>/<link>
 * files and, from those, each statically imported chunk, counted once per page), the
 * chunks they import dynamically (after the popup's first paint) listed apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { emit, table, type BenchResult } from './support/stats';

const LIMIT_GZIP = 60 * 1024;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = process.argv[2] ?? process.env.EARSHOT_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[]; matches: string[] }[];
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

const sizeOf = (file: string): { raw: number; gzip: number } => {
  const buf = readFileSync(join(DIR, file));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};
const kB = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

/**
 * A page's files: the HTML, its <script src>/<link href>, and the chunks those import, transitively:
 * `first` = what the page loads before any dynamic import() (all its first paint can wait for),
 * `later` = what its dynamic imports add (Vite lists each one's chunks and styles in __vite__mapDeps).
 */
function pageFiles(html: string): { first: string[]; later: string[] } {
  const first = new Set<string>([html]);
  const later = new Set<string>();
  const resolveRef = (ref: string, from: string) => normalize(ref.startsWith('/') ? ref.slice(1) : join(dirname(from), ref));
  const walk = (start: string[], into: Set<string>, lazy: string[]) => {
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if ((into !== first && first.has(file)) || into.has(file) || !existsSync(join(DIR, file))) continue;
      into.add(file);
      if (!file.endsWith('.js')) continue;
      const code = readFileSync(join(DIR, file), 'utf8');
      for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) queue.push(resolveRef(m[1]!, file));
      for (const m of code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)) lazy.push(resolveRef(m[1]!, file));
      // Vite's preload list: paths from the extension root.
      for (const list of code.matchAll(/m\.f=\[([^\]]*)\]/g)) for (const m of list[1]!.matchAll(/["'`]([^"'`]+)["'`]/g)) lazy.push(normalize(m[1]!));
    }
  };
  const start: string[] = [];
  const text = readFileSync(join(DIR, html), 'utf8');
  for (const m of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) {
    if (!/^[a-z]+:/i.test(m[1]!)) start.push(resolveRef(m[1]!, html));
  }
  const lazy: string[] = [];
  walk(start, first, lazy);
  for (let round = 0; lazy.length > 0 && round < 10; round++) walk(lazy.splice(0), later, lazy);
  return { first: [...first], later: [...later] };
}

function main(): number {
  if (!existsSync(join(DIR, 'manifest.json'))) {
    console.error(`No built extension at ${DIR}: run npm run build first`);
    return 1;
  }
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Manifest;
  const rows: (string | number)[][] = [];
  const results: BenchResult[] = [];
  let failed = false;

  const seen = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])];
    const key = files.join('+');
    if (seen.has(key)) continue;
    seen.add(key);
    const sizes = files.map((f) => ({ f, ...sizeOf(f) }));
    const js = sizes.filter((s) => s.f.endsWith('.js'));
    const jsGzip = js.reduce((n, s) => n + s.gzip, 0);
    const allGzip = sizes.reduce((n, s) => n + s.gzip, 0);
    const over = jsGzip > LIMIT_GZIP || allGzip > LIMIT_GZIP;
    failed ||= over;
    for (const s of sizes) rows.push(['content script', s.f, kB(s.raw), kB(s.gzip), '']);
    rows.push(['', `= ${cs.matches[0]}${cs.matches.length > 1 ? ' …' : ''}`, kB(sizes.reduce((n, s) => n + s.raw, 0)), kB(allGzip), over ? `OVER ${kB(LIMIT_GZIP)}` : `≤ ${kB(LIMIT_GZIP)} ok`]);
    results.push({ bench: 'bundle', metric: `content script ${js.map((s) => s.f).join('+')} gzip`, value: allGzip / 1024, unit: 'kB', target: '≤ 60 kB', pass: !over });
  }

  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) {
    const s = sizeOf(background);
    rows.push(['background', background, kB(s.raw), kB(s.gzip), '']);
    results.push({ bench: 'bundle', metric: `background ${background} gzip`, value: s.gzip / 1024, unit: 'kB' });
  }

  const pages = [manifest.action?.default_popup ?? manifest.browser_action?.default_popup, manifest.options_ui?.page ?? manifest.options_page].filter(
    (p): p is string => !!p && existsSync(join(DIR, p)),
  );
  for (const page of pages) {
    const { first, later } = pageFiles(page);
    const sum = (fs: { raw: number; gzip: number }[]) => ({ raw: fs.reduce((n, s) => n + s.raw, 0), gzip: fs.reduce((n, s) => n + s.gzip, 0) });
    const firstSizes = first.map((f) => ({ f, ...sizeOf(f) }));
    const laterSizes = later.map((f) => ({ f, ...sizeOf(f) }));
    for (const s of firstSizes) rows.push(['page', s.f, kB(s.raw), kB(s.gzip), '']);
    const before = sum(firstSizes);
    if (laterSizes.length > 0) {
      rows.push(['', `= ${page} before any dynamic import`, kB(before.raw), kB(before.gzip), '']);
      for (const s of laterSizes) rows.push(['page', `(later) ${s.f}`, kB(s.raw), kB(s.gzip), '']);
      results.push({ bench: 'bundle', metric: `${page} before any dynamic import, gzip`, value: before.gzip / 1024, unit: 'kB' });
    }
    const total = sum([...firstSizes, ...laterSizes]);
    rows.push(['', `= ${page} (all it loads)`, kB(total.raw), kB(total.gzip), '']);
    results.push({ bench: 'bundle', metric: `${page} with what it loads, gzip`, value: total.gzip / 1024, unit: 'kB' });
  }

  const where = relative(ROOT, DIR);
  console.log(`Built entrypoints in ${where && !where.startsWith('..') ? where : DIR} (gzip -9):\n`);
  console.log(table(rows, ['entrypoint', 'file', 'raw', 'gzip', 'limit']));
  console.log(failed ? `\nFAIL: a content script is over ${kB(LIMIT_GZIP)} gzip` : `\nok: every content script is under ${kB(LIMIT_GZIP)} gzip`);
  results.forEach(emit);
  return failed ? 1 : 0;
}

process.exitCode = main();
