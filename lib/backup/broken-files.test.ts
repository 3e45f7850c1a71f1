import { openCaseForPost } from '../db/cases-repo';
import { recordSeenPosts } from '../db/record-posts';
import { openDb, type EarshotDb } from '../db/schema';
import { putTerm } from '../db/terms-repo';
import { applyBackup, parseBackup } from './import-backup';
import { MINIMAL_BACKUP, mentionEntry } from './test-fixtures';

const v1 = (extra: Record<string, unknown>) => JSON.stringify({ format: 'earshot-backup', version: 1, ...extra });
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const term = { text: 'Acme', kind: 'brand' };
const template = { name: 'T', category: 'issue', body: 'Hi' };

/** [what is wrong, file text, expected message (exact string or pattern)]. */
const BROKEN: [string, () => string, string | RegExp][] = [
  ['empty file', () => '', 'The file is empty.'],
  ['truncated JSON', () => MINIMAL_BACKUP.slice(0, 120), /^The file is not valid JSON \(it may be truncated\): .+/],
  ['not JSON at all', () => 'hello', /^The file is not valid JSON \(it may be truncated\): /],
  ['an array', () => '[]', 'This is not an Earshot backup file.'],
  ['null', () => 'null', 'This is not an Earshot backup file.'],
  ['a number', () => '42', 'This is not an Earshot backup file.'],
  ['no format', () => JSON.stringify({ version: 1, terms: [] }), 'This is not an Earshot backup file.'],
  ['wrong format', () => JSON.stringify({ format: 'other-app', version: 1 }), 'This is not an Earshot backup file.'],
  ['format inherited via __proto__', () => '{"__proto__": {"format": "earshot-backup"}, "version": 1}', 'This is not an Earshot backup file.'],
  ['newer version', () => JSON.stringify({ format: 'earshot-backup', version: 2 }), 'This backup was written by a newer Earshot (version 2); update Earshot to import it.'],
  ['version as a string', () => JSON.stringify({ format: 'earshot-backup', version: '1' }), `The backup's version must be a whole number such as 1 (found "1").`],
  ['version 0', () => JSON.stringify({ format: 'earshot-backup', version: 0 }), `The backup's version must be a whole number such as 1 (found 0).`],
  ['no version', () => JSON.stringify({ format: 'earshot-backup' }), 'The backup has no version number.'],
  ['terms not a list', () => v1({ terms: { text: 'Acme' } }), "This backup can't be imported: terms must be a list (found an object)."],
  ['term kind brand2', () => v1({ terms: [{ text: 'Acme', kind: 'brand2' }] }), "This backup can't be imported: terms[0].kind must be one of brand, product, handle, hashtag, person, competitor."],
  ['empty term text', () => v1({ terms: [{ text: '  ', kind: 'brand' }] }), "This backup can't be imported: terms[0].text must not be empty."],
  ['term text too long', () => v1({ terms: [{ text: 'a'.repeat(101), kind: 'brand' }] }), "This backup can't be imported: terms[0].text is too long (at most 100 characters)."],
  ['term without kind', () => v1({ terms: [{ text: 'Acme' }] }), "This backup can't be imported: terms[0].kind is missing."],
  ['exclude not a list', () => v1({ terms: [{ ...term, exclude: 'x' }] }), `This backup can't be imported: terms[0].exclude must be a list (found "x").`],
  ['duplicate terms', () => v1({ terms: [term, { text: ' ACME ', kind: 'brand' }] }), `This backup can't be imported: terms[1] repeats terms[0] ("ACME", brand).`],
  ['duplicate template ids', () => v1({ templates: [{ ...template, id: 'a' }, { ...template, id: 'a' }] }), `This backup can't be imported: templates[1].id repeats templates[0].id ("a").`],
  ['template category wrong', () => v1({ templates: [{ ...template, category: 'complaint' }] }), "This backup can't be imported: templates[0].category must be one of issue, question, praise, other."],
  ['template body too long', () => v1({ templates: [{ ...template, body: 'x'.repeat(5001) }] }), "This backup can't be imported: templates[0].body is too long (at most 5000 characters)."],
  ['template site unknown', () => v1({ templates: [{ ...template, site: 'myspace' }] }), "This backup can't be imported: templates[0].site must be one of x, linkedin, facebook."],
  ['mention with bad date', () => v1({ mentions: [mentionEntry(1, { firstSeenAt: 'yesterday' })] }), "This backup can't be imported: mentions[0].firstSeenAt must be an ISO 8601 date, e.g. 2025-01-31T09:30:00Z."],
  ['mention with impossible date', () => v1({ mentions: [mentionEntry(1, { postedAt: '2025-13-45T00:00:00Z' })] }), /mentions\[0\]\.postedAt must be an ISO 8601 date/],
  ['mention without url or postId', () => v1({ mentions: [mentionEntry(1, { url: null })] }), "This backup can't be imported: mentions[0].postId needs a postId or a url."],
  ['mention with javascript: url', () => v1({ mentions: [mentionEntry(1, { url: 'javascript:alert(1)' })] }), "This backup can't be imported: mentions[0].url must be a web address starting with https://."],
  ['reply without date', () => v1({ replies: [{ site: 'x', url: 'https://x.com/a/status/1' }] }), "This backup can't be imported: replies[0].repliedAt is missing."],
  ['case in unknown state', () => v1({ cases: [{ url: 'https://x.com/a/status/1', state: 'closed', openedAt: '2025-01-01', resolvedAt: null }] }), /cases\[0\]\.state must be one of open, escalated, resolved, ignored/],
  ['two cases with one id', () => v1({ cases: [
    { id: 'C-1001', url: 'https://x.com/a/status/1', state: 'open', openedAt: '2025-01-01', resolvedAt: null },
    { id: 'C-1001', url: 'https://x.com/a/status/2', state: 'open', openedAt: '2025-01-01', resolvedAt: null },
  ] }), `This backup can't be imported: cases[1].id repeats cases[0].id ("C-1001").`],
  ['case on another site', () => v1({ cases: [{ url: 'https://example.com/p/1', state: 'open', openedAt: '2025-01-01', resolvedAt: null }] }), "This backup can't be imported: cases[0].site needs a site (x, linkedin or facebook) or a url on one of them."],
  ['case without url or postId', () => v1({ cases: [{ url: null, site: 'x', state: 'open', openedAt: '2025-01-01', resolvedAt: null }] }), "This backup can't be imported: cases[0].postId needs a postId or a url."],
  ['case without resolvedAt', () => v1({ cases: [{ url: 'https://x.com/a/status/1', state: 'open', openedAt: '2025-01-01' }] }), "This backup can't be imported: cases[0].resolvedAt is missing."],
  ['snapshot with negative likes', () => v1({ ownPosts: [{ site: 'x', url: 'https://x.com/a/status/1', snapshots: [{ at: '2025-01-01', likes: -1 }] }] }), "This backup can't be imported: ownPosts[0].snapshots[0].likes must be at least 0."],
  ['deeply nested garbage', () => `{"format":"earshot-backup","version":1,"junk":${nested(100_000)},"terms":${nested(100_000)}}`, "This backup can't be imported: terms[0] must be an object (found a list)."],
  ['a 60 MB string', () => `{"format":"earshot-backup","version":1,"x":"${'a'.repeat(60 * 1024 * 1024)}"}`, 'The file is too large (61 MB); a backup can be at most 50 MB.'],
];

async function snapshot(db: EarshotDb) {
  return { terms: await db.terms.toArray(), templates: await db.templates.toArray(), posts: await db.posts.toArray(), events: await db.events.toArray(), meta: await db.meta.toArray(), cases: await db.cases.toArray() };
}

describe('broken backup files', () => {
  let db: EarshotDb;
  beforeEach(async () => {
    db = openDb(`t-${Math.random()}`);
    await putTerm(db, { id: 'keep', text: 'Acme', kind: 'brand', exclude: [] });
    await recordSeenPosts(db, [{
      data: { site: 'x', postId: '1', url: null, author: 'A', handle: null, text: 'Acme', postedAt: null, isComment: false, isOwn: false, isPromoted: false },
      matches: [{ termText: 'Acme', kind: 'brand' }],
      classification: { kind: 'other', sentiment: 0, urgency: 0, reasons: [] },
      role: 'mention', seenAt: '2025-01-01T00:00:00.000Z',
    }]);
    await openCaseForPost(db, (await db.posts.get(['x', '1']))!);
  });

  it.each(BROKEN)('rejects %s with a specific message and changes nothing', async (_, make, message) => {
    const before = await snapshot(db);
    const result = parseBackup(make());
    expect(result.ok).toBe(false);
    if (result.ok) await applyBackup(db, result.backup); // never reached; proves the db stays as is
    else if (typeof message === 'string') expect(result.error).toBe(message);
    else expect(result.error).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists at most the first five problems, and says how many more', () => {
    const r = parseBackup(v1({ terms: Array.from({ length: 8 }, () => ({ text: '', kind: 'x' })) }));
    if (r.ok) throw new Error('expected failure');
    expect(r.problems).toHaveLength(16);
    const lines = r.error.split('\n');
    expect(lines[0]).toBe("This backup can't be imported (16 problems):");
    expect(lines.slice(1, 6).every((l) => l.startsWith('• terms['))).toBe(true);
    expect(lines[6]).toBe('…and 11 more.');
  });

  it('never lets "__proto__" or "constructor" keys pollute Object.prototype', () => {
    const text =
      '{"format":"earshot-backup","version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
      '"terms":[{"text":"Acme","kind":"brand","__proto__":{"polluted":3}}],"profile":{"__proto__":{"onboarded":true}}}';
    const r = parseBackup(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.backup)).toBe(Object.prototype);
    expect(Object.keys(r.backup.terms![0]!)).not.toContain('__proto__');
    expect(r.backup.profile).toEqual({});
    expect((r.backup.profile as Record<string, unknown>).onboarded).toBeUndefined();
  });
});
