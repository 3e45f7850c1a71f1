import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listTerms, putTerm } from '@/lib/db/terms-repo';
import type { Term } from '@/lib/model/types';
import { renderWithDb, freshDb } from './test-helpers';
import { WatchlistEditor } from './watchlist-editor';

const brand: Term = { id: 't1', text: 'Café', kind: 'brand', exclude: [] };

async function setup(terms: Term[] = []) {
  const db = freshDb();
  for (const term of terms) await putTerm(db, term);
  const user = userEvent.setup();
  renderWithDb(<WatchlistEditor />, db);
  const form = screen.getByRole('form', { name: 'Add a term' });
  return { db, user, form, text: within(form).getByRole('textbox', { name: 'Word or phrase' }) };
}

describe('WatchlistEditor', () => {
  it('adds a term, saves it at once and announces it', async () => {
    const { db, user, form, text } = await setup();
    await user.type(text, 'Northwind Coffee');
    await user.type(within(form).getByRole('textbox', { name: 'Exclusions' }), 'Northwind Coffee Table');
    await user.click(within(form).getByRole('button', { name: 'Add term' }));
    expect(await screen.findByRole('button', { name: 'Delete Northwind Coffee' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added “Northwind Coffee”.');
    expect(screen.getByText(/Northwind Coffee Table/, { selector: '.es-term__exclude' })).toBeInTheDocument();
    expect(await listTerms(db)).toMatchObject([{ text: 'Northwind Coffee', kind: 'brand', exclude: ['Northwind Coffee Table'] }]);
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
  });

  it('normalises the handle sigil and keeps case-sensitivity', async () => {
    const { db, user, form, text } = await setup();
    await user.type(text, 'NorthwindCoffee');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'handle');
    await user.click(within(form).getByRole('checkbox', { name: 'Match upper and lower case exactly' }));
    await user.click(within(form).getByRole('button', { name: 'Add term' }));
    await screen.findByRole('button', { name: 'Delete @NorthwindCoffee' });
    expect(await listTerms(db)).toMatchObject([{ text: '@NorthwindCoffee', kind: 'handle', caseSensitive: true }]);
  });

  it('explains an empty term, and the message goes once fixed', async () => {
    const { db, user, form, text } = await setup();
    await user.click(within(form).getByRole('button', { name: 'Add term' }));
    expect(text).toHaveAccessibleDescription(expect.stringContaining('Enter a word or phrase to listen for.'));
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveFocus();
    await user.type(text, 'Acme');
    expect(text).not.toHaveAttribute('aria-invalid');
    expect(await listTerms(db)).toEqual([]);
  });

  it('rejects a duplicate after normalisation and text of only punctuation', async () => {
    const { db, user, form, text } = await setup([brand]);
    await user.type(text, 'cafe');
    await user.click(within(form).getByRole('button', { name: 'Add term' }));
    expect(within(form).getByText('“cafe” is already on your watchlist as “Café”.')).toBeInTheDocument();
    await user.clear(text);
    await user.type(text, '!!!');
    expect(within(form).getByText(/at least one letter or digit/)).toBeInTheDocument();
    expect(await listTerms(db)).toHaveLength(1);
  });

  it('shows an exclusion problem under the exclusions box', async () => {
    const { user, form, text } = await setup();
    await user.type(text, 'Northwind Coffee');
    const exclusions = within(form).getByRole('textbox', { name: 'Exclusions' });
    await user.type(exclusions, 'Table');
    await user.click(within(form).getByRole('button', { name: 'Add term' }));
    expect(exclusions).toHaveFocus();
    expect(exclusions).toHaveAccessibleDescription(
      expect.stringContaining('An exclusion should contain the term, e.g. “Northwind Coffee Table”.'),
    );
  });

  it('edits a term in place and returns focus to its Edit button', async () => {
    const { db, user } = await setup([brand]);
    await user.click(await screen.findByRole('button', { name: 'Edit Café' }));
    const editForm = screen.getByRole('form', { name: 'Edit “Café”' });
    const text = within(editForm).getByRole('textbox', { name: 'Word or phrase' });
    expect(text).toHaveValue('Café');
    await user.clear(text);
    await user.type(text, 'Café Noir');
    await user.click(within(editForm).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Café Noir' })).toHaveFocus());
    expect(await listTerms(db)).toMatchObject([{ id: 't1', text: 'Café Noir' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved “Café Noir”.');
  });

  it('cancels an edit with Escape without saving', async () => {
    const { db, user } = await setup([brand]);
    await user.click(await screen.findByRole('button', { name: 'Edit Café' }));
    await user.type(screen.getByDisplayValue('Café'), 'xyz{Escape}');
    expect(await screen.findByRole('button', { name: 'Edit Café' })).toHaveFocus();
    expect(await listTerms(db)).toMatchObject([{ text: 'Café' }]);
  });

  it('deletes a term', async () => {
    const { db, user } = await setup([brand, { id: 't2', text: 'Acme', kind: 'product', exclude: [] }]);
    await user.click(await screen.findByRole('button', { name: 'Delete Café' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Café' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Café”.');
    expect((await listTerms(db)).map((t) => t.text)).toEqual(['Acme']);
  });

  it('lists competitors apart, with the note that they never count as mentions', async () => {
    await setup([brand, { id: 'c1', text: 'Southbay Roasters', kind: 'competitor', exclude: [] }]);
    await screen.findByText('Southbay Roasters');
    expect(screen.getByText('Competitors are tracked separately and never counted as your mentions.')).toBeInTheDocument();
    const competitorHeading = screen.getByRole('heading', { name: 'Competitors', level: 3 });
    const competitorRow = screen.getByText('Southbay Roasters').closest('li')!;
    // The competitor row comes after the competitors heading; the brand row before it.
    expect(competitorHeading.compareDocumentPosition(competitorRow) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const brandRow = screen.getByText('Café').closest('li')!;
    expect(competitorHeading.compareDocumentPosition(brandRow) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  });

  it('renders a 500-term watchlist', async () => {
    const terms = Array.from({ length: 500 }, (_, i): Term => ({ id: `p${i}`, text: `Product ${i}`, kind: 'product', exclude: [] }));
    const db = freshDb();
    await db.terms.bulkAdd(terms.map((t, order) => ({ ...t, order })));
    renderWithDb(<WatchlistEditor />, db);
    expect(await screen.findByRole('button', { name: 'Delete Product 499' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(500);
  });
});
