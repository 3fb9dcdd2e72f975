// Native <select> with a label (visible or screen-reader only): native keeps keyboard and
// screen-reader behaviour right on every platform.
import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  label: string;
  hideLabel?: boolean;
  options: readonly SelectOption[];
  leading?: ReactNode;
}

export function Select({ label, hideLabel = false, options, leading, className, ...rest }: SelectProps) {
  const id = useId();
  return (
    <div className={['select', className].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <div className="select__control">
        {leading}
        <select id={id} className="select__native" {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
