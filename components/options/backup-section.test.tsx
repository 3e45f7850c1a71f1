import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordSeenPosts } from '@/lib/db/record-posts';
import { getRetentionMonths, retentionItem } from '@/lib/settings/retention';
import { seen } from '../kpi/scorecard-test-setup';
import { BackupSection } from './backup-section';
import { freshDb, renderWithDb } from './test-helpers';

/** The Blobs handed to the browser for download, read as bytes (Blob.text() would drop the BOM). */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  return blobs;
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('Backup & data: spreadsheets (CSV)', () => {
  it.each([
    ['Export mentions (CSV)', 'mentions', 'Site,Link,Author,Handle,Text,Kind'],
    ['Export replies (CSV)', 'replies', 'Site,Link to post,Template,Replied at'],
    ['Export cases (CSV)', 'cases', 'Case,State,Category,Site,Link'],
  ])('%s downloads a UTF-8 CSV with a BOM', async (name, kind, header) => {
    const db = freshDb();
    await recordSeenPosts(db, [seen({ site: 'x', id: 'm1', daysAgo: 1, kind: 'issue' })]);
    await db.events.put({ id: 'reply:x:m1:1', type: 'reply', site: 'x', postId: 'm1', at: new Date().toISOString(), data: { url: null, template: 'Sorry + DM' } });
    await db.cases.put({ id: 'C-1001', site: 'x', postId: 'm1', url: null, state: 'open', category: 'Support', openedAt: new Date().toISOString(), resolvedAt: null, history: [] });
    const blobs = captureDownloads();
    const user = userEvent.setup();
    renderWithDb(<BackupSection />, db);
    await user.click(screen.getByRole('button', { name }));
    expect(await screen.findByText(new RegExp(`^Saved earshot-${kind}-\\d{4}-\\d\\d-\\d\\d\\.csv in your downloads\\.$`))).toBeInTheDocument();
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`\uFEFF${header}`)).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2); // header + one row
  });
});

describe('Backup & data: retention', () => {
  it('offers 3 months to forever, defaults to 1 year, and saves the choice', async () => {
    const user = userEvent.setup();
    renderWithDb(<BackupSection />);
    const select = screen.getByRole('combobox', { name: 'Keep data for' });
    await waitFor(() => expect(select).toHaveValue('12'));
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['3 months', '6 months', '1 year (default)', '2 years', 'Forever']);
    expect(select).toHaveAccessibleDescription(/Open and escalated cases are always kept/);
    await user.selectOptions(select, 'Forever');
    expect(await screen.findByText('Saved: Earshot keeps your data until you erase it.')).toBeInTheDocument();
    expect(await getRetentionMonths()).toBeNull();
    await user.selectOptions(select, '6 months');
    expect(await screen.findByText('Saved: data older than 6 months is deleted once a day.')).toBeInTheDocument();
    expect(await retentionItem.getValue()).toEqual({ months: 6 });
  });

  it('shows a choice saved elsewhere (another browser through sync)', async () => {
    renderWithDb(<BackupSection />);
    const select = screen.getByRole('combobox', { name: 'Keep data for' });
    await waitFor(() => expect(select).toHaveValue('12'));
    await act(() => retentionItem.setValue({ months: 24 }));
    await waitFor(() => expect(select).toHaveValue('24'));
  });
});
