/** A StoredCase for tests (test-only module). */
import type { StoredCase } from '../db/schema';

export function makeCase(over: Partial<StoredCase> = {}): StoredCase {
  const openedAt = over.openedAt ?? '2025-01-31T09:00:00.000Z';
  return {
    id: 'C-1042', site: 'x', postId: '1879', url: 'https://x.com/jane/status/1879', state: 'open', category: 'Billing',
    openedAt, resolvedAt: null, author: 'Jane Doe', text: 'I was charged twice!', kind: 'issue',
    history: [{ at: openedAt, state: 'open' }], ...over,
  };
}
