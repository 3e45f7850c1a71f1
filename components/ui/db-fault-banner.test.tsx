import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { classifyDbError, lostDbFault } from '@/lib/db/db-faults';
import { clearDbFault, dbHealthItem } from '@/lib/settings/db-health';
import { DbFaultBanner } from './db-fault-banner';

describe('DbFaultBanner', () => {
  it('shows nothing while storage works', async () => {
    render(<DbFaultBanner />);
    await act(() => Promise.resolve());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the fault and what to do, and goes away once a write works again', async () => {
    await dbHealthItem.setValue(classifyDbError({ name: 'QuotaExceededError' }));
    render(<DbFaultBanner />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/disk or its storage quota is full/);
    expect(alert).toHaveTextContent(/What was already saved is kept/);
    expect(alert).toHaveTextContent(/Free some disk space/);
    await act(() => clearDbFault());
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('keeps a lost-database warning after later writes, until the user dismisses it', async () => {
    await dbHealthItem.setValue(lostDbFault());
    render(<DbFaultBanner />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/deleted or reset/);
    expect(alert).toHaveTextContent(/Import your latest backup/);
    await act(() => clearDbFault());
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('offers no Dismiss button for a fault that clears itself', async () => {
    await dbHealthItem.setValue(classifyDbError({ name: 'QuotaExceededError' }));
    render(<DbFaultBanner />);
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });
});
