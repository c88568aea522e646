import { Checkbox, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type Ref } from 'react';

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
  const errorId = useId();
  return (
    <Fieldset
      ref={fieldsetRef}
      tabIndex={-1}
      className={inline ? 'havn-choices havn-choices--inline' : 'havn-choices'}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="havn-choices__options">
        {options.map((option) => (
          <Radio
            key={option}
            name={name}
            value={option}
            label={label(option)}
            checked={value === option}
            onChange={() => onChange(option)}
          />
        ))}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
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
  const errorId = useId();
  return (
    <Fieldset
      ref={fieldsetRef}
      tabIndex={-1}
      className={inline ? 'havn-choices havn-choices--inline' : 'havn-choices havn-choices--grid'}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="havn-choices__options">
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
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
