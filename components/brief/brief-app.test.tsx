import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KPI_LABELS } from '@/lib/kpi';
import { seedScorecard } from '../kpi/scorecard-test-setup';
import { freshDb, renderWithDb } from '../options/test-helpers';
import { BriefApp } from './brief-app';

async function renderBrief(props: Partial<Parameters<typeof BriefApp>[0]> = {}) {
  const db = freshDb();
  await seedScorecard(db);
  const print = vi.fn();
  const copyText = vi.fn((_text: string) => Promise.resolve());
  const onDaysChange = vi.fn();
  const user = userEvent.setup();
  const view = renderWithDb(<BriefApp db={db} initialDays={7} print={print} copyText={copyText} onDaysChange={onDaysChange} {...props} />, db);
  // Generous: the first brief of a run pays for opening the database and loading the scorecard, slow on a busy machine.
  await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'), { timeout: 5000 });
  return { user, print, copyText, onDaysChange, ...view };
}

const section = (name: string) => screen.getByRole('region', { name });

describe('review brief page', () => {
  it('titles the page with the period and shows every section', async () => {
    document.head.append(document.createElement('title')); // the entrypoint's index.html has one
    await renderBrief();
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.textContent).toMatch(/^Earshot review brief — \w{3} \d{1,2}/);
    expect(document.title).toBe(title.textContent);
    for (const name of ['KPIs vs goals', 'Top open issues', 'Repeat problems', 'Notable praise', 'Response times']) {
      expect(section(name)).toBeInTheDocument();
    }
  });

  it('has the KPIs vs goals table, all channels and per channel, with goal marks in words', async () => {
    await renderBrief();
    const table = within(section('KPIs vs goals')).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Key figure', 'All channels', 'X', 'LinkedIn', 'Facebook', 'Goal']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(Object.values(KPI_LABELS));
    const mentions = within(table).getByRole('rowheader', { name: 'Mentions' }).closest('tr')!;
    expect([...mentions.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['4', '2', '1', '1', '—']);
    const rate = within(table).getByRole('rowheader', { name: 'Response rate' }).closest('tr')!;
    expect(rate.querySelector('td')).toHaveTextContent('50% ✗, goal not met');
    expect(rate.lastElementChild).toHaveTextContent('≥ 90%');
  });

  it('lists the open issues most urgent first, with links, and the praise', async () => {
    await renderBrief();
    const issues = within(section('Top open issues')).getAllByRole('listitem');
    expect(issues.map((li) => li.querySelector('strong')?.textContent)).toEqual(['C-1002', 'C-1001']);
    expect(issues[0]).toHaveTextContent(/escalated · Facebook · open 20 d · SLA breached 19 d ago/);
    const link = within(issues[1]!).getByRole('link', { name: 'Post by Author m1 (new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.test/x/m1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    const praise = within(section('Notable praise')).getAllByRole('listitem');
    expect(praise).toHaveLength(1);
    expect(praise[0]).toHaveTextContent('Author m3 on LinkedIn: “Northwind Coffee m3”');
    expect(within(section('Repeat problems')).getByText('No problem came up more than once in this period.')).toBeInTheDocument();
    expect(within(section('Response times')).getByText('Customer wait')).toBeInTheDocument();
    expect(section('Response times')).toHaveTextContent('3 h (previous period: — · goal ≤ 2 h (not met))');
  });

  it('prints, and copies the same brief as Markdown', async () => {
    const { user, print, copyText } = await renderBrief();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied the brief as Markdown.')).toBeInTheDocument();
    const markdown = copyText.mock.calls[0]![0];
    // Same title; Markdown makes Intl's thin spaces ("Jun 3 – 9") plain ones.
    expect(markdown.startsWith(`# ${screen.getByRole('heading', { level: 1 }).textContent!.replace(/\s+/g, ' ')}\n`)).toBe(true);
    expect(markdown).toContain('| Mentions | 4 | 2 | 1 | 1 | — |');
    expect(markdown).toContain('**C-1001**');
    expect(markdown).toContain('<https://example.test/x/m1>');
  });

  it('says so when the clipboard refuses', async () => {
    const { user } = await renderBrief({ copyText: () => Promise.reject(new Error('denied')) });
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText(/The clipboard refused the text/)).toBeInTheDocument();
  });

  it('switches the period (7/30/90) and reports it to the page shell', async () => {
    const { user, onDaysChange } = await renderBrief();
    const period = screen.getByRole('combobox', { name: 'Period' });
    expect([...(period as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Last 7 days', 'Last 30 days', 'Last 90 days']);
    await user.selectOptions(period, 'Last 30 days');
    expect(onDaysChange).toHaveBeenCalledWith(30);
    await waitFor(() => expect(screen.getByText(/^Last 30 days, all channels/)).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
    const mentions = within(screen.getByRole('table')).getByRole('rowheader', { name: 'Mentions' }).closest('tr')!;
    expect(mentions.querySelector('td')).toHaveTextContent('7');
  });
});
