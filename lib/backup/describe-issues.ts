import type { z } from 'zod';

/**
 * Turns zod issues into sentences an executive can act on, naming where the
 * problem is: "templates[0].category must be one of issue, question, praise, other".
 * `root` is the parsed file, used to tell "missing" from "wrong type".
 */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_value':
      if (valueAt(root, issue.path) === undefined) return `${where} is missing`;
      return issue.values.length === 1
        ? `${where} must be ${JSON.stringify(issue.values[0])}`
        : `${where} must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type': {
      const found = valueAt(root, issue.path);
      if (found === undefined) return `${where} is missing`;
      return `${where} must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (found ${describeValue(found)})`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return `${where} must not be empty`;
      if (issue.origin === 'string') return `${where} must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `${where} must have at least ${issue.minimum} entries`;
      return `${where} must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${where} is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `${where} has too many entries (at most ${issue.maximum})`;
      return `${where} must be at most ${issue.maximum}`;
    case 'custom':
    case 'invalid_format':
      // Our own refinements are worded to follow the path ("must be an ISO 8601 date…").
      return `${where} ${issue.message}`;
    default:
      return `${where} is not valid (${issue.message})`;
  }
}

/** ['templates', 0, 'category'] → "templates[0].category"; the root is "The file". */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The file';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? 'text' : `"${v}"`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Reads own properties only, so a path through "__proto__" can never reach a prototype. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
