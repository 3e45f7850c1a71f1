import { useId } from 'react';

export interface SegmentedOption<T extends string | number> {
  value: T;
  label: string;
}

export interface SegmentedControlProps<T extends string | number> {
  legend: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/**
 * A segmented switch built from native radio buttons in a fieldset: the
 * browser gives it one tab stop, arrow-key selection and the radio-group
 * semantics for free. The inputs are visually hidden and the labels drawn as
 * segments; the focus ring follows the focused input to its label (CSS).
 */
export function SegmentedControl<T extends string | number>({ legend, options, value, onChange }: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="es-segmented">
      <legend className="es-segmented__legend">{legend}</legend>
      <div className="es-segmented__options">
        {options.map((option) => (
          <label key={option.value} className="es-segmented__option">
            <input
              type="radio"
              className="es-visually-hidden"
              name={name}
              value={String(option.value)}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
