import { render, screen } from '@testing-library/react';
import { Sparkline } from './sparkline';

const days = (values: (number | null)[]) => values.map((value, i) => ({ day: `2025-06-${String(10 + i)}`, value }));

describe('Sparkline', () => {
  it('draws nothing without a series, or when no day has a value', () => {
    const { container, rerender } = render(<Sparkline label="Mentions" unit="count" points={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<Sparkline label="Mentions" unit="count" points={[]} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<Sparkline label="Response rate" unit="percent" points={days([null, null])} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is an image whose name summarises the trend', () => {
    render(<Sparkline label="Mentions" unit="count" points={days([0, 1, 0, 2, 3, 5, 4])} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Mentions per day over 7 days: from 0 to 4, low 0, high 5, rising');
  });

  it('formats in the KPI unit and reads falling and flat trends', () => {
    const { rerender } = render(<Sparkline label="Response rate" unit="percent" points={days([100, 90, 50, 40])} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Response rate per day over 4 days: from 100% to 40%, low 40%, high 100%, falling');
    rerender(<Sparkline label="Own posts" unit="count" points={days([1, 1, 1, 1])} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/flat$/);
  });

  it('breaks the line on days without a value instead of drawing a false 0', () => {
    const { container } = render(<Sparkline label="Response rate" unit="percent" points={days([50, 60, null, 70, 80, null, 90])} />);
    expect(container.querySelectorAll('polyline')).toHaveLength(2);
    expect(container.querySelectorAll('circle')).toHaveLength(1); // the lone last day
    expect(container.innerHTML).not.toMatch(/NaN/);
  });
});
