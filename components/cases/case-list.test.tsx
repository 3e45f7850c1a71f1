import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sendMessage } from '@/lib/messaging/protocol';
import type { StoredCase } from '@/lib/db/schema';
import type { StoredPost } from '@/lib/model/types';
import { saveEscalationSettings } from '@/lib/settings/escalation-settings';
import { DbProvider } from '../options/db-context';
import { freshDb, renderWithDb } from '../options/test-helpers';
import { CaseList } from './case-list';

vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: vi.fn(() => Promise.resolve()) }));

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

function kase(id: string, over: Partial<StoredCase> = {}): StoredCase {
  const openedAt = over.openedAt ?? hoursAgo(2);
  return {
    id, site: 'x', postId: id, url: `https://x.com/a/status/${id}`, state: 'open', category: 'Support', openedAt, resolvedAt: null,
    author: `Author ${id}`, text: `Problem of ${id}\nsecond line`, kind: 'issue', history: [{ at: openedAt, state: 'open' }], ...over,
  };
}

const CASES = [
  kase('C-1001', { openedAt: hoursAgo(30), category: 'Billing', text: '\n  I was charged twice <img src=x onerror=alert(1)>\nmore' }),
  kase('C-1002', { openedAt: hoursAgo(2), site: 'linkedin', url: null, author: '' }),
  kase('C-1003', { openedAt: hoursAgo(24 * 9), state: 'escalated', category: 'PR' }),
  kase('C-1004', { openedAt: hoursAgo(50), state: 'resolved', resolvedAt: hoursAgo(40) }),
  kase('C-1005', { openedAt: hoursAgo(5), state: 'ignored', resolvedAt: hoursAgo(4), site: 'facebook' }),
];

async function renderList() {
  const db = freshDb();
  await db.cases.bulkPut(CASES);
  await db.posts.put({
    site: 'x', postId: 'C-1001', url: 'https://x.com/jane/status/C-1001', author: 'Jane Doe', handle: 'jane', text: 'I was charged twice!',
    postedAt: null, isComment: false, isOwn: false, isPromoted: false, terms: ['Northwind'], kind: 'issue', sentiment: -0.6, urgency: 0.5,
    reasons: ['matched: charged twice'], competitor: false, firstSeenAt: hoursAgo(30), lastSeenAt: hoursAgo(30),
  } satisfies StoredPost);
  const user = userEvent.setup();
  const view = renderWithDb(<CaseList />, db);
  await screen.findByText('C-1001', undefined, { timeout: 5000 });
  return { user, ...view };
}

const rowIds = () => within(screen.getByRole('list', { name: /Case list/ })).queryAllByRole('listitem').filter((li) => li.classList.contains('es-case-row')).map((li) => li.querySelector('strong')?.textContent);
const select = (name: string) => screen.getByRole('combobox', { name });

beforeEach(async () => {
  vi.mocked(sendMessage).mockClear();
  await saveEscalationSettings({
    categories: [
      { name: 'Support', slaHours: 24, contactName: 'Sam Support', email: 'support@northwind.example' },
      { name: 'Billing', slaHours: 24, contactName: 'Bea Billing', email: 'billing@northwind.example' },
      { name: 'PR', slaHours: 4, contactName: '', email: '' },
    ],
  });
});

describe('case list', () => {
  it('shows open and escalated cases, oldest first, with id, state, category, SLA, author, first line and link', async () => {
    await renderList();
    expect(rowIds()).toEqual(['C-1003', 'C-1001', 'C-1002']);
    const row = screen.getByText('C-1001').closest('li')!;
    expect(within(row).getByText('Open')).toBeInTheDocument();
    expect(within(row).getByText('Billing')).toBeInTheDocument();
    expect(within(row).getByText(/^SLA breached 6 h ago$/)).toBeInTheDocument();
    expect(row).toHaveTextContent('by Author C-1001: I was charged twice <img src=x onerror=alert(1)>');
    expect(row.querySelector('img')).toBeNull(); // page text is text, never HTML
    const link = within(row).getByRole('link', { name: 'Open post C-1001 on X (new tab)' });
    expect(link).toHaveAttribute('href', 'https://x.com/a/status/C-1001');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    const fresh = screen.getByText('C-1002').closest('li')!;
    expect(within(fresh).getByText(/^SLA: due in 22 h$/)).toBeInTheDocument();
    expect(within(fresh).getByText('no link to the post')).toBeInTheDocument();
    expect(fresh).toHaveTextContent('by unknown author: Problem of C-1002');
    expect(within(screen.getByText('C-1003').closest('li')!).getByText('SLA breached 8 d 20 h ago')).toBeInTheDocument();
  });

  it('filters by state, site, category and age, and sorts newest first', async () => {
    const { user } = await renderList();
    await user.selectOptions(select('State'), 'All');
    expect(rowIds()).toEqual(['C-1003', 'C-1004', 'C-1001', 'C-1005', 'C-1002']);
    await user.selectOptions(select('Sort'), 'Newest first');
    expect(rowIds()).toEqual(['C-1002', 'C-1005', 'C-1001', 'C-1004', 'C-1003']);
    await user.selectOptions(select('Site'), 'X');
    expect(rowIds()).toEqual(['C-1001', 'C-1004', 'C-1003']);
    await user.selectOptions(select('Age'), 'Older than 24 h');
    expect(rowIds()).toEqual(['C-1001', 'C-1004', 'C-1003']);
    await user.selectOptions(select('Age'), 'Older than 7 days');
    expect(rowIds()).toEqual(['C-1003']);
    await user.selectOptions(select('Age'), 'Any age');
    await user.selectOptions(select('Category'), 'Billing');
    expect(rowIds()).toEqual(['C-1001']);
    await user.selectOptions(select('Category'), 'All categories');
    await user.selectOptions(select('State'), 'Resolved');
    expect(rowIds()).toEqual(['C-1004']);
    expect(screen.getByText('(1 of 5 cases)')).toBeInTheDocument();
    await user.selectOptions(select('State'), 'Ignored');
    expect(rowIds()).toEqual([]);
    expect(screen.getByText('No cases match these filters.')).toBeInTheDocument();
  });

  it('resolves, ignores and reopens one case, telling the badge each time', async () => {
    const { db, user } = await renderList();
    await user.click(screen.getByRole('button', { name: 'Resolve C-1002' }));
    await waitFor(() => expect(rowIds()).toEqual(['C-1003', 'C-1001']));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('C-1002 resolved.');
    expect((await db.cases.get('C-1002'))?.state).toBe('resolved');
    expect(sendMessage).toHaveBeenCalledWith('casesChanged', undefined);
    await user.click(screen.getByRole('button', { name: 'Ignore C-1003' }));
    await waitFor(() => expect(rowIds()).toEqual(['C-1001']));
    await user.selectOptions(select('State'), 'Resolved');
    await user.click(screen.getByRole('button', { name: 'Reopen C-1002' }));
    await waitFor(async () => expect((await db.cases.get('C-1002'))?.state).toBe('open'));
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('bulk-resolves the selected cases in one go and announces the result', async () => {
    const { db, user } = await renderList();
    expect(screen.getByRole('button', { name: 'Resolve selected (0)' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select C-1001' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select C-1003' }));
    await user.click(screen.getByRole('button', { name: 'Resolve selected (2)' }));
    await waitFor(() => expect(rowIds()).toEqual(['C-1002']));
    expect(screen.getByText('Resolved 2 cases: C-1003, C-1001.')).toHaveAttribute('role', 'status');
    expect((await db.cases.bulkGet(['C-1001', 'C-1003'])).map((c) => c?.state)).toEqual(['resolved', 'resolved']);
    expect(sendMessage).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('checkbox', { name: 'Select all shown' }));
    expect(screen.getByRole('button', { name: 'Resolve selected (1)' })).toBeEnabled();
  });

  it('Escalate builds the mailto link for the chosen category and marks the case escalated on copy', async () => {
    const { db, user } = await renderList();
    await user.click(screen.getByRole('button', { name: 'Escalate C-1001' }));
    const panel = screen.getByRole('group', { name: 'Escalate C-1001' });
    expect(within(panel).getByRole('combobox', { name: 'Category' })).toHaveValue('Billing');
    await waitFor(() => expect(within(panel).getByRole('link', { name: 'Open e-mail draft' }).getAttribute('href')).toContain('x.com%2Fjane'));
    const href = within(panel).getByRole('link', { name: 'Open e-mail draft' }).getAttribute('href')!;
    expect(href).toMatch(/^mailto:billing@northwind\.example\?subject=/);
    expect(decodeURIComponent(href)).toContain('[Earshot C-1001] Billing: issue from Jane Doe on X');
    expect(decodeURIComponent(href)).toContain('Hi Bea,');
    expect(within(panel).getByText('To: Bea Billing <billing@northwind.example>')).toBeInTheDocument();

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Category' }), 'Support');
    expect(within(panel).getByRole('link', { name: 'Open e-mail draft' })).toHaveAttribute('href', expect.stringMatching(/^mailto:support@northwind\.example\?/));
    await user.click(within(panel).getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByText('Copied the summary to the clipboard. C-1001 escalated.')).toBeInTheDocument();
    expect((await db.cases.get('C-1001'))?.state).toBe('escalated');
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith('[Earshot C-1001] Support: issue from Jane Doe on X\n\nHi Sam,')).toBe(true);
    const stored = (await db.cases.get('C-1001'))!;
    expect(stored.category).toBe('Support');
    expect(stored.history.at(-1)).toMatchObject({ state: 'escalated', note: 'Escalated to Support (support@northwind.example)' });
    expect(sendMessage).toHaveBeenCalledWith('casesChanged', undefined);

    await user.click(within(panel).getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied the summary as Markdown to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(/^\*\*Case C-1001\*\* · Support · opened /);
    expect((await db.cases.get('C-1001'))?.history).toHaveLength(2); // already escalated: no second entry
  });

  it('shows each case’s history in a disclosure: what, when, note', async () => {
    const { db, user } = await renderList();
    await db.cases.update('C-1003', {
      history: [
        { at: '2025-01-31T09:00:00.000Z', state: 'open' },
        { at: '2025-02-01T10:30:00.000Z', state: 'escalated', note: 'Escalated to PR' },
      ],
    });
    const summary = await screen.findByText((_, el) => el?.tagName === 'SUMMARY' && el.textContent === 'History (2) of C-1003');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    const items = within(details).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/ — Opened$/);
    expect(items[1]).toMatch(/ — Escalated: Escalated to PR$/);
    expect(within(details).getAllByRole('listitem')[1]!.querySelector('time')).toHaveAttribute('dateTime', '2025-02-01T10:30:00.000Z');
  });

  it('follows the dashboard’s channel for the site filter', async () => {
    const db = freshDb();
    await db.cases.bulkPut(CASES);
    const view = renderWithDb(<CaseList channel="linkedin" />, db);
    await screen.findByText('C-1002');
    expect(rowIds()).toEqual(['C-1002']);
    view.rerender(
      <DbProvider value={db}>
        <CaseList channel="all" />
      </DbProvider>,
    );
    expect(rowIds()).toEqual(['C-1003', 'C-1001', 'C-1002']);
    expect(select('Site')).toHaveValue('all');
  });
});
