import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KPI_LABELS } from '@/lib/kpi';
import { PopupApp } from './app';

describe('popup page', () => {
  it('opens on the scorecard and marks itself ready', async () => {
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready', 'true'));
    for (const label of Object.values(KPI_LABELS)) expect(screen.getByRole('article', { name: label })).toBeInTheDocument();
  });

  it('"Open dashboard" opens options.html#dashboard in a tab and closes the popup', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue(undefined as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<PopupApp />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open dashboard' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#dashboard$/) });
  });
});
