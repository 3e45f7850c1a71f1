import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDefaultTemplates, listTemplates } from '@/lib/db/templates-repo';
import { EMPTY_PROFILE } from '@/lib/settings/profile';
import { optionTabs } from './option-tabs';
import { answer, PROFILE, setupTab as setup, sorry, templateNames as names, thanks } from './template-test-setup';
import { freshDb, renderWithDb } from './test-helpers';
import { TemplatesTab } from './templates-tab';

describe('TemplatesTab: the library', () => {
  it('sits between Watchlist and Backup & data', () => {
    // The Dashboard (first) and Goals tabs came with the Scorecard issue; the order around Templates is kept.
    expect(optionTabs({ profile: PROFILE }).map((t) => t.label)).toEqual(['Dashboard', 'Watchlist', 'Templates', 'Goals', 'Backup & data', 'Escalation']);
  });

  it('lists templates in order with category, site and first line', async () => {
    await setup([sorry, thanks]);
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.es-template__name')?.textContent)).toEqual(['Sorry + DM', 'Thank you']);
    expect(within(rows[0]!).getByText('Issue')).toBeInTheDocument();
    expect(within(rows[0]!).getByText("Hi {{first_name}}, I'm sorry about this.")).toBeInTheDocument();
    expect(within(rows[1]!).getByText('LinkedIn only')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Praise')).toBeInTheDocument();
  });

  it('duplicates a template right after the original', async () => {
    const { db, user } = await setup([sorry, thanks]);
    await user.click(screen.getByRole('button', { name: 'Duplicate Sorry + DM' }));
    const copyEdit = await screen.findByRole('button', { name: 'Edit Sorry + DM (copy)' });
    await waitFor(() => expect(copyEdit).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Duplicated as “Sorry + DM (copy)”.');
    await user.click(screen.getByRole('button', { name: 'Duplicate Sorry + DM' }));
    await screen.findByRole('button', { name: 'Edit Sorry + DM (copy 2)' });
    const stored = await listTemplates(db);
    expect(stored.map((t) => t.name)).toEqual(['Sorry + DM', 'Sorry + DM (copy 2)', 'Sorry + DM (copy)', 'Thank you']);
    expect(stored.map((t) => t.order)).toEqual([0, 1, 2, 3]);
    expect(stored[2]).toMatchObject({ body: sorry.body, category: 'issue' });
  });

  it('deletes only after confirmation', async () => {
    const { db, user } = await setup([sorry, thanks]);
    await user.click(screen.getByRole('button', { name: 'Delete Sorry + DM' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Sorry + DM”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete Sorry + DM' })).toHaveFocus();
    expect(await names(db)).toEqual(['Sorry + DM', 'Thank you']);
    await user.click(screen.getByRole('button', { name: 'Delete Sorry + DM' }));
    await user.click(screen.getByRole('button', { name: 'Delete template' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Sorry + DM' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Sorry + DM”.');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(await names(db)).toEqual(['Thank you']);
  });

  it('reorders with the move buttons, keeps focus on them and persists order', async () => {
    const { db, user } = await setup([sorry, thanks, answer]);
    expect(screen.getByRole('button', { name: 'Move Sorry + DM up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move Sorry + DM down' }));
    await waitFor(async () => expect(await names(db)).toEqual(['Thank you', 'Sorry + DM', 'Answer']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Sorry + DM down' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await names(db)).toEqual(['Thank you', 'Answer', 'Sorry + DM']));
    // Now last: "down" is disabled, so focus moves to "up" rather than being lost.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Sorry + DM up' })).toHaveFocus());
    expect((await listTemplates(db)).map((t) => t.order)).toEqual([0, 1, 2]);
    expect(screen.getByRole('status')).toHaveTextContent('Moved “Sorry + DM” to position 3 of 3.');
  });

  it('edits in place, keeps the order, and Escape cancels', async () => {
    const { db, user } = await setup([sorry, thanks]);
    await user.click(screen.getByRole('button', { name: 'Edit Thank you' }));
    const form = screen.getByRole('form', { name: 'Edit “Thank you”' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), '!{Escape}');
    expect(await screen.findByRole('button', { name: 'Edit Thank you' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Edit Sorry + DM' }));
    const name = within(screen.getByRole('form', { name: 'Edit “Sorry + DM”' })).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Apology{Enter}');
    expect(await screen.findByRole('button', { name: 'Edit Apology' })).toHaveFocus();
    expect(await listTemplates(db)).toMatchObject([{ id: 'sorry', name: 'Apology', order: 0 }, { name: 'Thank you' }]);
  });

  it('explains the empty library and restores the defaults, even after they were deleted', async () => {
    const db = freshDb();
    await installDefaultTemplates(db);
    await db.templates.clear();
    const user = userEvent.setup();
    renderWithDb(<TemplatesTab profile={{ ...EMPTY_PROFILE, onboarded: true }} />, db);
    expect(await screen.findByText(/A template answers a post in one click/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore default templates' }));
    expect(await screen.findByRole('button', { name: 'Edit Sorry + DM' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Restored 5 default templates.'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(await listTemplates(db)).toHaveLength(5);
  });
});
