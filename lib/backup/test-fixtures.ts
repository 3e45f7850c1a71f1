/** Backup files shared by the backup tests (test-only module). */

/** The minimal file from product.md §8, verbatim: import must always accept it. */
export const MINIMAL_BACKUP = `{
  "format": "earshot-backup",
  "version": 1,
  "terms": [
    { "text": "Northwind Coffee", "kind": "brand", "exclude": ["Northwind Coffee Table"] },
    { "text": "@NorthwindCoffee", "kind": "handle" },
    { "text": "#northwind", "kind": "hashtag" },
    { "text": "Southbay Roasters", "kind": "competitor" }
  ],
  "templates": [
    { "name": "Sorry + DM", "category": "issue",
      "body": "Hi {{first_name}}, I'm sorry about this. Please DM us your order number and we'll fix it today. – {{my_name}}" }
  ]
}`;

/**
 * One file per backup version Earshot has ever written, as that version
 * wrote it. When version 2 arrives, add its file here: the test reads every
 * entry, which is the "import keeps reading every earlier version" promise.
 */
export const FILES_BY_VERSION: Record<number, string> = {
  1: JSON.stringify({
    format: 'earshot-backup',
    version: 1,
    exportedAt: '2025-02-01T08:00:00.000Z',
    terms: [{ id: 't1', text: 'Northwind Coffee', kind: 'brand', exclude: [] }],
    templates: [{ id: 'p1', name: 'Thanks', category: 'praise', body: 'Thank you! – {{my_name}}', site: null }],
    mentions: [
      {
        site: 'x', url: 'https://x.com/jane/status/1', postId: '1', author: 'Jane', handle: 'jane',
        text: 'Love Northwind Coffee', kind: 'praise', terms: ['Northwind Coffee'],
        postedAt: '2025-01-31T09:00:00.000Z', firstSeenAt: '2025-01-31T10:00:00.000Z',
      },
    ],
    replies: [{ site: 'x', url: 'https://x.com/jane/status/1', template: 'Thanks', repliedAt: '2025-01-31T11:00:00.000Z' }],
    cases: [{ url: 'https://x.com/bob/status/2', state: 'open', openedAt: '2025-01-31T12:00:00.000Z', resolvedAt: null }],
    ownPosts: [{ site: 'linkedin', url: 'https://www.linkedin.com/feed/update/urn:li:activity:9/', snapshots: [{ at: '2025-01-31T13:00:00.000Z', likes: 4 }] }],
    profile: { brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', myName: 'Cat', onboarded: true },
  }),
};

/** A valid mention entry for building larger files. */
export function mentionEntry(i: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    site: 'x', url: `https://x.com/user${i}/status/${1000 + i}`, author: `User ${i}`, handle: `user${i}`,
    text: `Northwind Coffee post ${i}`, kind: 'other', terms: ['Northwind Coffee'],
    postedAt: null, firstSeenAt: '2025-01-01T00:00:00.000Z', ...over,
  };
}
