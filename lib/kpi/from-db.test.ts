import type { StoredCase, StoredEvent } from '../db/schema';
import { toKpiInput } from './from-db';
import { post } from './test-fixtures';

describe('toKpiInput', () => {
  it('reads replies and engagement snapshots from events and reduces cases', () => {
    const events: StoredEvent[] = [
      { id: 'seen:x:1', type: 'seen', site: 'x', postId: '1', at: '2025-06-10T09:00:00Z' },
      { id: 'reply:x:1:c1', type: 'reply', site: 'x', postId: '1', at: '2025-06-10T10:00:00Z', data: { url: null, template: 'Thanks', text: 'Hi' } },
      { id: 'engagement:x:2:2025-06-10T11', type: 'engagement', site: 'x', postId: '2', at: '2025-06-10T11:00:00Z', data: { engagement: { likes: 3, views: 40 } } },
      { id: 'engagement:x:3:2025-06-10T11', type: 'engagement', site: 'x', postId: '3', at: '2025-06-10T11:00:00Z' },
    ];
    const cases: StoredCase[] = [
      { id: 'C-1', site: 'x', postId: '1', url: null, state: 'escalated', category: 'Billing', openedAt: '2025-06-10T09:30:00Z', resolvedAt: null, history: [] },
    ];
    const input = toKpiInput({ posts: [post('x', '1')], events, cases });
    expect(input.replies).toEqual([{ site: 'x', postId: '1', at: '2025-06-10T10:00:00Z' }]);
    expect(input.engagement).toEqual([{ site: 'x', postId: '2', at: '2025-06-10T11:00:00Z', likes: 3, views: 40 }]);
    expect(input.cases).toEqual([{ site: 'x', postId: '1', state: 'escalated', category: 'Billing', openedAt: '2025-06-10T09:30:00Z', resolvedAt: null }]);
    expect(input.posts).toHaveLength(1);
  });
});
