import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listTemplates } from '@/lib/db/templates-repo';
import { listTerms } from '@/lib/db/terms-repo';
import { getProfile, saveProfile } from '@/lib/settings/profile';
import { freshDb, jsonFile, MINIMAL_BACKUP } from '@/components/options/test-helpers';
import { App } from './app';

function renderApp() {
  const db = freshDb();
  const user = userEvent.setup();
  render(<App db={db} />);
  return { db, user };
}

describe('options page: onboarding', () => {
  it('welcomes a new user, says nothing leaves the browser, and requires the brand name', async () => {
    const { db, user } = renderApp();
    expect(await screen.findByRole('heading', { name: 'Welcome to Earshot' })).toBeInTheDocument();
    expect(screen.getByText(/Everything stays in this browser/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start listening' }));
    const brand = screen.getByRole('textbox', { name: 'Brand name' });
    expect(brand).toHaveAccessibleDescription(expect.stringContaining('Enter your brand name'));
    expect(brand).toHaveFocus();
    expect(await listTerms(db)).toEqual([]);
    expect((await getProfile()).onboarded).toBe(false);
  });

  it('rejects a handle with spaces', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByRole('textbox', { name: 'Brand name' }), 'Northwind Coffee');
    await user.type(screen.getByRole('textbox', { name: 'Brand handle' }), '@Northwind Coffee');
    await user.click(screen.getByRole('button', { name: 'Start listening' }));
    expect(screen.getByRole('textbox', { name: 'Brand handle' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('"Start listening" creates the starter terms and templates, saves the profile and shows the tabs', async () => {
    const { db, user } = renderApp();
    await user.type(await screen.findByRole('textbox', { name: 'Brand name' }), 'Northwind Coffee');
    await user.type(screen.getByRole('textbox', { name: 'Brand handle' }), 'NorthwindCoffee');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Start listening' }));
    expect(await screen.findByRole('tablist', { name: 'Settings sections' })).toBeInTheDocument();
    expect(screen.getByText(/You are all set/)).toBeInTheDocument();
    // The dashboard is the landing tab after onboarding; the watchlist is one tab away.
    expect(screen.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(document.querySelector('.es-dashboard[data-ready="true"]')).not.toBeNull());
    expect((await listTerms(db)).map((t) => [t.text, t.kind])).toEqual([
      ['Northwind Coffee', 'brand'],
      ['@NorthwindCoffee', 'handle'],
      ['#NorthwindCoffee', 'hashtag'],
    ]);
    expect((await listTemplates(db)).length).toBeGreaterThan(0);
    expect(await getProfile()).toEqual({ brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', myName: 'Dana', onboarded: true });
    await user.click(screen.getByRole('tab', { name: 'Watchlist' }));
    expect(await screen.findByRole('button', { name: 'Delete #NorthwindCoffee' })).toBeInTheDocument();
  });

  it('a one-word brand gets no redundant hashtag', async () => {
    const { db, user } = renderApp();
    await user.type(await screen.findByRole('textbox', { name: 'Brand name' }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Start listening' }));
    await screen.findByRole('tablist');
    expect((await listTerms(db)).map((t) => t.text)).toEqual(['Acme']);
  });

  it('importing a backup on the welcome screen works and finishes onboarding', async () => {
    const { db, user } = renderApp();
    await screen.findByRole('heading', { name: 'Welcome to Earshot' });
    await user.upload(screen.getByLabelText('Import backup'), jsonFile(MINIMAL_BACKUP));
    await user.click(await screen.findByRole('button', { name: /^Replace/ }));
    expect(await screen.findByRole('tablist')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Watchlist' }));
    expect(await screen.findByRole('button', { name: 'Delete Southbay Roasters' })).toBeInTheDocument();
    expect(await listTerms(db)).toHaveLength(4);
    expect(await listTemplates(db)).toHaveLength(1);
    expect(await getProfile()).toMatchObject({ onboarded: true, brandName: 'Northwind Coffee', handle: '@NorthwindCoffee' });
  });
});

describe('options page: main view', () => {
  beforeEach(async () => {
    history.replaceState(null, '', '#');
    await saveProfile({ brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', onboarded: true });
  });

  it('lands on the dashboard and switches tabs with the arrow keys', async () => {
    const { user } = renderApp();
    const dashboard = await screen.findByRole('tab', { name: 'Dashboard' });
    expect(dashboard).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Dashboard' })).toBeInTheDocument();
    dashboard.focus();
    await user.keyboard('{ArrowRight}');
    const watchlist = screen.getByRole('tab', { name: 'Watchlist' });
    expect(watchlist).toHaveFocus();
    expect(watchlist).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('form', { name: 'Add a term' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Templates' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Goals' })).toHaveAttribute('aria-selected', 'true');
    expect(location.hash).toBe('#goals');
    await user.keyboard('{ArrowRight}');
    const backup = screen.getByRole('tab', { name: 'Backup & data' });
    expect(backup).toHaveFocus();
    expect(backup).toHaveAttribute('aria-selected', 'true');
    expect(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Erase all data' })).toBeInTheDocument();
    expect(location.hash).toBe('#backup');
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Watchlist' })).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Add a term' })).toBeInTheDocument();
  });

  it('opens the tab named in the hash (the popup links to #dashboard)', async () => {
    history.replaceState(null, '', '#goals');
    renderApp();
    expect(await screen.findByRole('tab', { name: 'Goals' })).toHaveAttribute('aria-selected', 'true');
    history.replaceState(null, '', '#dashboard');
    cleanup();
    renderApp();
    expect(await screen.findByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('article', { name: 'Mentions' })).toBeInTheDocument();
  });

  it('edits the profile later', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('tab', { name: 'Watchlist' }));
    const card = within(await screen.findByRole('region', { name: 'Your profile' }));
    const name = card.getByRole('textbox', { name: 'Your name' });
    await user.type(name, 'Dana');
    const handle = card.getByRole('textbox', { name: 'Brand handle' });
    await user.clear(handle);
    await user.type(handle, 'northwind');
    await user.click(card.getByRole('button', { name: 'Save profile' }));
    expect(await card.findByText('Profile saved.')).toBeInTheDocument();
    await waitFor(async () => expect(await getProfile()).toMatchObject({ myName: 'Dana', handle: '@northwind' }));
  });

  it('refuses an empty brand name in the profile', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('tab', { name: 'Watchlist' }));
    const card = within(await screen.findByRole('region', { name: 'Your profile' }));
    await user.clear(card.getByRole('textbox', { name: 'Brand name' }));
    await user.click(card.getByRole('button', { name: 'Save profile' }));
    expect(card.getByText('Enter your brand name.')).toBeInTheDocument();
    expect((await getProfile()).brandName).toBe('Northwind Coffee');
  });
});
