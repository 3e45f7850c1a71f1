import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveProfile } from '@/lib/settings/profile';
import { CasesToolbar } from './cases-toolbar';

describe('cases toolbar', () => {
  it('"Review brief" opens brief.html for the period shown', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const user = userEvent.setup();
    render(<CasesToolbar periodDays={30} />);
    await user.click(screen.getByRole('button', { name: 'Review brief' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/brief.html?days=30') }));
  });

  it('"Scan now" opens the brand’s search on X, LinkedIn and Facebook, landing on X', async () => {
    await saveProfile({ brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', onboarded: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const user = userEvent.setup();
    render(<CasesToolbar periodDays={7} />);
    await user.click(screen.getByRole('button', { name: 'Scan now' }));
    await waitFor(() => expect(update).toHaveBeenCalledOnce());
    expect(create.mock.calls.map(([props]) => [props.url, props.active])).toEqual([
      ['https://x.com/search?q=%22Northwind%20Coffee%22%20OR%20%40NorthwindCoffee&f=live', false],
      ['https://www.linkedin.com/search/results/content/?keywords=Northwind%20Coffee&sortBy=%22date_posted%22', false],
      ['https://www.facebook.com/search/posts/?q=Northwind%20Coffee', false],
    ]);
    const firstId = (await create.mock.results[0]!.value)?.id;
    expect(update).toHaveBeenCalledWith(firstId, { active: true });
  });

  it('"Scan now" without a brand or handle says where to add one', async () => {
    const user = userEvent.setup();
    render(<CasesToolbar periodDays={7} />);
    await user.click(screen.getByRole('button', { name: 'Scan now' }));
    expect(await screen.findByText('Add your brand name or handle in the Watchlist tab first.')).toBeInTheDocument();
  });
});
