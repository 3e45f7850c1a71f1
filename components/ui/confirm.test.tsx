import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Confirm } from './confirm';

describe('Confirm', () => {
  it('is a labelled dialog that focuses the confirm button, or Cancel when destructive', () => {
    const { rerender } = render(
      <Confirm title="Replace 4 terms?" confirmLabel="Replace data" cancelLabel="Cancel" onConfirm={() => {}} onCancel={() => {}} />,
    );
    expect(screen.getByRole('dialog', { name: 'Replace 4 terms?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Replace data' })).toHaveFocus();
    rerender(<></>);
    render(<Confirm title="Erase?" confirmLabel="Erase everything" cancelLabel="Cancel" danger onConfirm={() => {}} onCancel={() => {}} />);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('calls onConfirm / onCancel, and Escape cancels', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<Confirm title="Sure?" confirmLabel="Yes" cancelLabel="Cancel" onConfirm={onConfirm} onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
