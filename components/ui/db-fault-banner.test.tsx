import { act, render, screen, waitFor } from '@testing-library/react';
import { classifyDbError } from '@/lib/db/db-faults';
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
});
