import { Checkbox } from '@digdir/designsystemet-react';
import { RadioOptions } from '../../lib/RadioOptions.tsx';
import type { Ref } from 'react';
import { ChoiceFieldset } from './ChoiceFieldset.tsx';

interface GroupProps<T extends string> {
  legend: string;
  description?: string;
  name: string;
  options: readonly T[];
  label: (option: T) => string;
  error?: string | undefined;
  /** Options side by side where there is room (short labels). */
  inline?: boolean;
  fieldsetRef?: Ref<HTMLFieldSetElement>;
}

/**
 * One choice among a few, as Designsystemet radios in a fieldset: one Tab stop, the arrow keys
 * move between the options and choose.
 */
export function RadioGroup<T extends string>({
  legend,
  description,
  name,
  options,
  label,
  error,
  inline,
  fieldsetRef,
  value,
  onChange,
}: GroupProps<T> & { value: T; onChange: (value: T) => void }) {
  return (
    <ChoiceFieldset
      legend={legend}
      description={description}
      error={error}
      className={inline ? 'havn-choices havn-choices--inline' : 'havn-choices'}
      fieldsetRef={fieldsetRef}
    >
      <RadioOptions name={name} options={options} label={label} value={value} onChange={onChange} />
    </ChoiceFieldset>
  );
}

/** Any number of options, as Designsystemet checkboxes in a fieldset; Space ticks. */
export function CheckboxGroup<T extends string>({
  legend,
  description,
  name,
  options,
  label,
  error,
  inline,
  fieldsetRef,
  value,
  onChange,
}: GroupProps<T> & { value: readonly T[]; onChange: (value: T[]) => void }) {
  return (
    <ChoiceFieldset
      legend={legend}
      description={description}
      error={error}
      className={inline ? 'havn-choices havn-choices--inline' : 'havn-choices havn-choices--grid'}
      fieldsetRef={fieldsetRef}
    >
      {options.map((option) => (
        <Checkbox
          key={option}
          name={name}
          value={option}
          label={label(option)}
          checked={value.includes(option)}
          onChange={(e) =>
            onChange(
              e.target.checked
                ? options.filter((o) => o === option || value.includes(o))
                : value.filter((o) => o !== option),
            )
          }
        />
      ))}
    </ChoiceFieldset>
  );
}
