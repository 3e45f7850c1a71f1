import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_GOALS } from '@/lib/kpi';
import { getGoals, saveGoals } from '@/lib/settings/goals';
import { GoalsTab } from './goals-tab';

async function renderGoals() {
  const user = userEvent.setup();
  render(<GoalsTab />);
  await screen.findByRole('heading', { name: /Goals \(\d+ goals?\)/ });
  const form = () => screen.getByRole('form', { name: 'Add a goal' });
  return { user, form };
}

describe('goals tab', () => {
  it('lists the default goals with their units and explains the Score', async () => {
    await renderGoals();
    expect(screen.getByText('Response rate ≥ 90%, All channels')).toBeInTheDocument();
    expect(screen.getByText('Customer wait ≤ 2 hours, All channels')).toBeInTheDocument();
    expect(screen.getByText('Own posts ≥ 3 per week, All channels')).toBeInTheDocument();
    expect(screen.getByText(/Score = share of goals met/)).toBeInTheDocument();
  });

  it('adds a goal for one channel, in hours, saved in milliseconds', async () => {
    const { user, form } = await renderGoals();
    const f = within(form());
    await user.selectOptions(f.getByRole('combobox', { name: 'Channel' }), 'X');
    await user.selectOptions(f.getByRole('combobox', { name: 'Key figure' }), 'Customer wait');
    expect(f.getByRole('combobox', { name: 'Direction' })).toHaveValue('<='); // lower is better for a wait
    await user.type(f.getByRole('textbox', { name: 'Target' }), '1.5');
    await user.click(f.getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByText('Customer wait ≤ 1.5 hours, X')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added goal “Customer wait ≤ 1.5 hours, X”.');
    expect(await getGoals()).toContainEqual({ site: 'x', kpi: 'customerWait', op: '<=', target: 5_400_000 });
  });

  it('validates the target: a number, positive, a percentage up to 100, one goal per KPI and channel', async () => {
    const { user, form } = await renderGoals();
    const f = within(form());
    const target = f.getByRole('textbox', { name: 'Target' });
    const add = f.getByRole('button', { name: 'Add goal' });
    await user.click(add);
    expect(target).toHaveAccessibleDescription(expect.stringContaining('Enter the target as a number.'));
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveFocus();
    await user.type(target, '-5');
    expect(target).toHaveAccessibleDescription(expect.stringContaining('The target must be a positive number.'));
    await user.clear(target);
    await user.type(target, '120');
    await user.selectOptions(f.getByRole('combobox', { name: 'Channel' }), 'LinkedIn');
    expect(target).toHaveAccessibleDescription(expect.stringContaining('A percentage cannot be more than 100.'));
    await user.selectOptions(f.getByRole('combobox', { name: 'Channel' }), 'All channels');
    await user.clear(target);
    await user.type(target, '80');
    await user.click(add);
    expect(target).toHaveAccessibleDescription(expect.stringContaining('There is already a goal for Response rate on All channels'));
    expect(await getGoals()).toEqual(DEFAULT_GOALS);
  });

  it('edits and deletes a goal', async () => {
    const { user } = await renderGoals();
    await user.click(screen.getByRole('button', { name: 'Edit goal Response rate ≥ 90%, All channels' }));
    const edit = within(screen.getByRole('form', { name: 'Edit goal “Response rate”' }));
    const target = edit.getByRole('textbox', { name: 'Target' });
    expect(target).toHaveValue('90');
    await user.clear(target);
    await user.type(target, '75');
    await user.click(edit.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Response rate ≥ 75%, All channels')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete goal Own posts ≥ 3 per week, All channels' }));
    await waitFor(() => expect(screen.queryByText('Own posts ≥ 3 per week, All channels')).not.toBeInTheDocument());
    expect(await getGoals()).toEqual([
      { site: 'all', kpi: 'responseRate', op: '>=', target: 75 },
      { site: 'all', kpi: 'customerWait', op: '<=', target: 7_200_000 },
    ]);
  });

  it('restores the defaults after a confirmation', async () => {
    await saveGoals([{ site: 'facebook', kpi: 'mentions', op: '>=', target: 5 }]);
    const { user } = await renderGoals();
    expect(screen.getByText('Mentions ≥ 5 per week, Facebook')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore default goals' }));
    await user.click(within(screen.getByRole('dialog', { name: /Replace your goals/ })).getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await getGoals()).toEqual(DEFAULT_GOALS));
    expect(await screen.findByText('Response rate ≥ 90%, All channels')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore default goals' })).toHaveFocus();
  });

  it('follows goals saved elsewhere (another tab, an import)', async () => {
    await renderGoals();
    await act(() => saveGoals([]));
    expect(await screen.findByText(/No goals yet/)).toBeInTheDocument();
  });
});
