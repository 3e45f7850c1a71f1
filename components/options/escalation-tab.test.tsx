import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { escalationItem, getEscalationSettings } from '@/lib/settings/escalation-settings';
import { EscalationTab } from './escalation-tab';
import { validateCategories, type CategoryDraft } from './escalation-rules';

const cell = (column: string, row: number) => screen.getByRole('textbox', { name: `${column}, row ${row}` });

async function renderTab() {
  const user = userEvent.setup();
  render(<EscalationTab />);
  await screen.findByDisplayValue('Support');
  return { user };
}

describe('escalation tab', () => {
  it('lists the default categories with their SLA and explains that Earshot never sends mail', async () => {
    await renderTab();
    expect(screen.getByRole('heading', { name: 'Escalation contacts and SLAs (4 categories)' })).toBeInTheDocument();
    expect(['Support', 'Billing', 'PR', 'Product'].map((_, i) => (cell('Category', i + 1) as HTMLInputElement).value)).toEqual(['Support', 'Billing', 'PR', 'Product']);
    expect(cell('SLA (hours)', 3)).toHaveValue('4');
    expect(screen.getByText(/Earshot never sends mail itself: Escalate opens a draft/)).toBeInTheDocument();
  });

  it('saves edits, a new custom category and a deletion to sync storage', async () => {
    const { user } = await renderTab();
    await user.type(cell('Contact name', 2), 'Bea Billing');
    await user.type(cell('E-mail', 2), 'billing@northwind.example');
    await user.click(screen.getByRole('button', { name: 'Delete Product' }));
    expect(screen.getByText('Removed “Product”. Save to keep the change.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add category' }));
    expect(cell('Category', 4)).toHaveFocus();
    await user.keyboard('Legal');
    await user.clear(cell('SLA (hours)', 4));
    await user.type(cell('SLA (hours)', 4), '48');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved 4 categories.')).toBeInTheDocument();
    expect((await getEscalationSettings()).categories).toEqual([
      { name: 'Support', slaHours: 24, contactName: '', email: '' },
      { name: 'Billing', slaHours: 24, contactName: 'Bea Billing', email: 'billing@northwind.example' },
      { name: 'PR', slaHours: 4, contactName: '', email: '' },
      { name: 'Legal', slaHours: 48, contactName: '', email: '' },
    ]);
  });

  it('refuses a bad e-mail, an SLA outside 1–720 h and a duplicate name, saying why next to each field', async () => {
    const { user } = await renderTab();
    await user.type(cell('E-mail', 1), 'support@');
    await user.clear(cell('SLA (hours)', 2));
    await user.type(cell('SLA (hours)', 2), '721');
    await user.clear(cell('Category', 3));
    await user.type(cell('Category', 3), 'support');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was saved: fix 3 problems below.');
    expect(cell('E-mail', 1)).toHaveAttribute('aria-invalid', 'true');
    expect(cell('E-mail', 1)).toHaveAccessibleDescription('Enter an e-mail address like name@example.com, or leave it empty.');
    expect(cell('E-mail', 1)).toHaveFocus(); // the first problem
    expect(cell('SLA (hours)', 2)).toHaveAccessibleDescription('Enter the SLA in hours, from 1 to 720.');
    expect(cell('Category', 3)).toHaveAccessibleDescription('Another category is already named “support”: names must be unique.');
    expect((await getEscalationSettings()).categories[0]!.email).toBe('');
    // Errors follow the edits once shown.
    await user.clear(cell('E-mail', 1));
    expect(cell('E-mail', 1)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('fix 2 problems');
  });

  it('keeps at least one category', async () => {
    const { user } = await renderTab();
    for (const name of ['Support', 'Billing', 'PR', 'Product']) await user.click(screen.getByRole('button', { name: `Delete ${name}` }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Keep at least one category: cases need one.');
  });

  it('shows a change saved elsewhere while nothing here is unsaved', async () => {
    await renderTab();
    await act(() => escalationItem.setValue({ categories: [{ name: 'Ops', slaHours: 8, contactName: '', email: '' }] }));
    expect(await screen.findByDisplayValue('Ops')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });
});

describe('validateCategories', () => {
  const draft = (over: Partial<CategoryDraft>): CategoryDraft => ({ key: 'k', name: 'Support', sla: '24', contactName: '', email: '', ...over });
  it.each([
    ['0', true], ['1', false], ['720', false], ['720.5', true], ['1.5', false], ['', true], ['abc', true], ['-3', true],
  ])('SLA %s → invalid: %s', (sla, invalid) => {
    expect(Boolean(validateCategories([draft({ sla })]).rows[0]!.sla)).toBe(invalid);
  });
  it.each([
    ['', false], ['a@b.co', false], ['first.last+tag@mail.example.org', false], ['a@b', true], ['a b@c.de', true], ['a@b.c?cc=x@y.z', true],
  ])('e-mail %j → invalid: %s', (email, invalid) => {
    expect(Boolean(validateCategories([draft({ email })]).rows[0]!.email)).toBe(invalid);
  });
});
