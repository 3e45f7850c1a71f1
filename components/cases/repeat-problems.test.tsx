import { render, screen, within } from '@testing-library/react';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { putTerm } from '@/lib/db/terms-repo';
import type { SeenPost } from '@/lib/messaging/protocol';
import type { Site } from '@/lib/model/types';
import { freshDb } from '../options/test-helpers';
import { RepeatProblems } from './repeat-problems';

const DAY = 86_400_000;
const issue = (id: string, daysAgo: number, text: string, site: Site = 'x', role: SeenPost['role'] = 'mention'): SeenPost => ({
  data: {
    site, postId: id, url: null, author: 'A', handle: null, text, postedAt: null, isComment: false, isOwn: false, isPromoted: false,
  },
  matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
  classification: { kind: 'issue', sentiment: -0.5, urgency: 0, reasons: [] },
  role,
  seenAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
});

async function seed() {
  const db = freshDb();
  await putTerm(db, { id: 't1', text: 'Northwind Coffee', kind: 'brand', exclude: [] });
  await recordSeenPosts(db, [
    issue('a', 1, 'Northwind Coffee: my order never arrived'),
    issue('b', 2, 'Order never arrived again, Northwind Coffee'),
    issue('c', 3, 'never arrived!!', 'linkedin'),
    issue('d', 9, 'package never arrived'),
    issue('e', 1, 'charged twice by Northwind Coffee'),
    issue('f', 2, 'Northwind Coffee charged me twice'),
    issue('g', 1, 'coffee app crashing', 'x', 'competitor'),
    issue('h', 2, 'app crashing on login', 'x', 'competitor'),
    issue('i', 3, 'coffee coffee coffee'),
    issue('j', 4, 'Northwind coffee'),
  ]);
  return db;
}

describe('repeat problems', () => {
  it('lists phrases with this period’s and the previous count, a trend arrow and the trend in words', async () => {
    const db = await seed();
    render(<RepeatProblems db={db} periodDays={7} channel="all" />);
    const section = await screen.findByRole('region', { name: 'Repeat problems' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.es-repeat__phrase')?.textContent)).toEqual(['never arrived', 'charged twice']);
    expect(items[0]).toHaveTextContent('3 (prev. 1) ↑');
    expect(within(items[0]!).getByText('3 (prev. 1) ↑')).toHaveAttribute('aria-hidden', 'true');
    expect(within(items[0]!).getByText('3 issues in the last 7 days, up from 1 in the 7 days before')).toHaveClass('es-visually-hidden');
    expect(within(items[1]!).getByText('2 issues in the last 7 days, new: none in the 7 days before')).toBeInTheDocument();
    // Neither the watchlist's words nor competitor-only posts make a topic.
    expect(section).not.toHaveTextContent(/coffee|northwind|crashing/i);
  });

  it('follows the channel and the limit (the popup shows the top 3)', async () => {
    const db = await seed();
    const { rerender } = render(<RepeatProblems db={db} periodDays={7} channel="x" />);
    const section = await screen.findByRole('region', { name: 'Repeat problems' });
    await within(section).findByText('charged twice');
    expect(within(section).getByText('never arrived').closest('li')).toHaveTextContent('2 (prev. 1) ↑');
    rerender(<RepeatProblems db={db} periodDays={7} channel="all" limit={1} headingLevel={2} compact />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Repeat problems' })).toBeInTheDocument();
    await within(section).findByText('3 (prev. 1) ↑');
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when nothing repeats', async () => {
    render(<RepeatProblems db={freshDb()} periodDays={30} channel="all" />);
    expect(await screen.findByText('No problem came up more than once in this period.')).toBeInTheDocument();
  });
});
