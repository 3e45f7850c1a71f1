/**
 * Shared setup for the Templates tab's component tests: the tab rendered over
 * a fresh (fake-indexeddb) database holding the given templates.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listTemplates, putTemplate } from '@/lib/db/templates-repo';
import type { EarshotDb } from '@/lib/db/schema';
import type { Template } from '@/lib/model/types';
import type { Profile } from '@/lib/settings/profile';
import { freshDb, renderWithDb } from './test-helpers';
import { TemplatesTab } from './templates-tab';

export const PROFILE: Profile = { brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', myName: 'Dana', onboarded: true };

export const sorry: Template = {
  id: 'sorry',
  name: 'Sorry + DM',
  category: 'issue',
  site: null,
  order: 0,
  body: "Hi {{first_name}}, I'm sorry about this.\nPlease DM us. – {{my_name}}",
};
export const thanks: Template = { id: 'thanks', name: 'Thank you', category: 'praise', site: 'linkedin', order: 1, body: 'Thank you!' };
export const answer: Template = { id: 'answer', name: 'Answer', category: 'question', site: null, order: 2, body: 'Good question.' };

export async function setupTab(templates: Template[] = [], profile: Profile = PROFILE) {
  const db = freshDb();
  for (const t of templates) await putTemplate(db, t);
  const user = userEvent.setup();
  const view = renderWithDb(<TemplatesTab profile={profile} />, db);
  // Wait for the live query's first answer, so tests start from the rendered list.
  if (templates[0]) await screen.findByRole('button', { name: `Edit ${templates[0].name}` });
  return { user, ...view };
}

/** Opens the "New template" form and returns its controls. */
export async function openNewForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'New template' }));
  const form = screen.getByRole('form', { name: 'New template' });
  const q = within(form);
  return {
    form,
    name: q.getByRole('textbox', { name: 'Name' }),
    body: q.getByRole('textbox', { name: 'Reply text' }) as HTMLTextAreaElement,
    site: q.getByRole('combobox', { name: 'Sites' }),
    category: q.getByRole('combobox', { name: 'Category' }),
    add: q.getByRole('button', { name: 'Add template' }),
  };
}

export const templateNames = async (db: EarshotDb) => (await listTemplates(db)).map((t) => t.name);
