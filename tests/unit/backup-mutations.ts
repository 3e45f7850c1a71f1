/**
 * Mutations of a backup file for tests/unit/backup-fuzz.test.ts: dropped,
 * duplicated and reordered keys, wrong types, random Unicode, huge numbers,
 * prototype keys, nested garbage (on the parsed tree), then truncation and
 * inserted text (on the JSON text). Pure and deterministic for a given input.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Raw JSON text standing in for a value (numbers JSON.stringify cannot write, deep nesting). */
const RAW = (text: string) => `\u0000RAW:${text}\u0000`;
const RAW_PATTERN = /"\\u0000RAW:((?:[^"\\]|\\.)*?)\\u0000"/g;
/** A key written twice in the text: the later one wins in JSON.parse. */
const DUP = (key: string) => `\u0000DUP:${key}\u0000`;
const DUP_PATTERN = /"\\u0000DUP:((?:[^"\\]|\\.)*?)\\u0000"/g;

const HUGE_NUMBERS = ['1e400', '-1e400', '1e308', '-1.7976931348623157e308', '9007199254740993', '123456789012345678901234567890', '-0', '1e-400', '4.9e-324', '1E+2'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'hasOwnProperty', 'valueOf'];

type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number; other: Json; same: boolean }
  | { op: 'reorder'; at: number; seed: number }
  | { op: 'retype'; at: number; value: Json }
  | { op: 'unicode'; at: number; value: string }
  | { op: 'huge'; at: number; number: string }
  | { op: 'proto'; at: number; key: string; value: Json }
  | { op: 'garbage'; at: number; depth: number; kind: 'array' | 'object' | 'value'; value: Json }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string };

/** Strings with everything a file can hold: any code point, lone surrogates, controls, bidi. */
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 4 }).map((cs) => String.fromCharCode(...cs)),
  fc.constantFrom('', ' ', '\u0000', '\u202Eevil', 'javascript:alert(1)', 'https://x.com/a/status/1', '2025-13-45T99:99:99Z', '{{my_name}}', '=1+1'),
  fc.nat({ max: 2000 }).map((n) => 'x'.repeat(n * 60)), // up to 120,000 characters: over every length limit
);
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  unicode,
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);
const at = fc.nat();

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at }),
  fc.record({ op: fc.constant('duplicate' as const), at, other: jsonValue, same: fc.boolean() }),
  fc.record({ op: fc.constant('reorder' as const), at, seed: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at, value: jsonValue }),
  fc.record({ op: fc.constant('unicode' as const), at, value: unicode }),
  fc.record({ op: fc.constant('huge' as const), at, number: fc.constantFrom(...HUGE_NUMBERS) }),
  fc.record({ op: fc.constant('proto' as const), at, key: fc.constantFrom(...PROTO_KEYS), value: jsonValue }),
  fc.record({ op: fc.constant('garbage' as const), at, depth: fc.integer({ min: 1, max: 3000 }), kind: fc.constantFrom('array' as const, 'object' as const, 'value' as const), value: jsonValue }),
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('insert' as const), at, text: unicode }),
);

/** Every path in the tree, root first, in a stable order. */
function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } | null {
  if (path.length === 0) return null;
  let cur: Json = root;
  for (const k of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[k]!;
  return { parent: cur as Json[] | Record<string, Json>, key: path[path.length - 1]! };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Sets an own property, even "__proto__" (JSON.stringify writes it; JSON.parse reads it back as an own key). */
function setOwn(obj: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function replaceAt(root: Json, path: Path, value: Json): Json {
  const p = parentOf(root, path);
  if (!p) return value;
  if (Array.isArray(p.parent)) p.parent[p.key as number] = value;
  else setOwn(p.parent, p.key as string, value);
  return root;
}

function garbage(depth: number, kind: 'array' | 'object' | 'value', value: Json): string {
  const inner = JSON.stringify(value) ?? 'null';
  if (kind === 'array') return `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
  if (kind === 'object') return `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
  return inner;
}

/** Applies the tree mutations, writes the text, then applies the text mutations. */
export function mutate(source: Json, mutations: Mutation[]): string {
  let root: Json = structuredClone(source);
  const textOps: Mutation[] = [];
  for (const m of mutations) {
    if (m.op === 'truncate' || m.op === 'insert') {
      textOps.push(m);
      continue;
    }
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    const p = parentOf(root, path);
    let node: Json = root;
    for (const k of path) node = (node as Record<string | number, Json>)[k]!;
    switch (m.op) {
      case 'drop':
        if (!p) root = {};
        else if (Array.isArray(p.parent)) p.parent.splice(p.key as number, 1);
        else delete p.parent[p.key as string];
        break;
      case 'duplicate':
        if (Array.isArray(node) && node.length > 0) node.splice(m.at % node.length, 0, structuredClone(node[m.at % node.length]!));
        else if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length > 0) {
          const key = Object.keys(node)[m.at % Object.keys(node).length]!;
          setOwn(node, DUP(key), m.same ? structuredClone(node[key]!) : m.other);
        } else root = replaceAt(root, path, [node, node]);
        break;
      case 'reorder':
        if (Array.isArray(node)) root = replaceAt(root, path, shuffle(node, m.seed));
        else if (node !== null && typeof node === 'object') {
          const reordered: Record<string, Json> = {};
          for (const k of shuffle(Object.keys(node), m.seed)) setOwn(reordered, k, node[k]!);
          root = replaceAt(root, path, reordered);
        }
        break;
      case 'retype':
        root = replaceAt(root, path, m.value);
        break;
      case 'unicode':
        root = replaceAt(root, path, m.value);
        break;
      case 'huge':
        root = replaceAt(root, path, RAW(m.number));
        break;
      case 'proto':
        if (node !== null && typeof node === 'object' && !Array.isArray(node)) setOwn(node, m.key, m.value);
        else if (p && !Array.isArray(p.parent)) setOwn(p.parent, m.key, m.value);
        else if (root !== null && typeof root === 'object' && !Array.isArray(root)) setOwn(root, m.key, m.value);
        break;
      case 'garbage':
        root = replaceAt(root, path, RAW(garbage(m.depth, m.kind, m.value)));
        break;
    }
  }
  let text = (JSON.stringify(root) ?? '')
    .replace(RAW_PATTERN, (_all, raw: string) => JSON.parse(`"${raw}"`) as string)
    .replace(DUP_PATTERN, (_all, key: string) => `"${key}"`);
  for (const m of textOps) {
    if (m.op === 'truncate') text = text.slice(0, m.at % Math.max(1, text.length));
    else if (m.op === 'insert') {
      const i = m.at % (text.length + 1);
      text = text.slice(0, i) + m.text + text.slice(i);
    }
  }
  return text;
}
