import { render, screen } from '@testing-library/react';
import { Field } from './field';

describe('Field', () => {
  it('labels its control and links hint and error to it', () => {
    render(
      <Field label="Brand name" hint="For example: Northwind Coffee" error="Enter your brand name.">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Brand name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter your brand name. For example: Northwind Coffee');
  });

  it('is valid and undescribed without hint or error', () => {
    render(<Field label="Your name">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'Your name' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});
