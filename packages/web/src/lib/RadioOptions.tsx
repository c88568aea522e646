import { Radio } from '@digdir/designsystemet-react';

/** The radios of one choice, each labelled, the chosen one checked; the caller frames them. */
export function RadioOptions<Option extends string>({
  name,
  options,
  label,
  value,
  onChange,
}: {
  name: string;
  options: readonly Option[];
  label: (option: Option) => string;
  value: Option;
  onChange: (option: Option) => void;
}) {
  return options.map((option) => (
    <Radio
      key={option}
      name={name}
      value={option}
      label={label(option)}
      checked={value === option}
      onChange={() => onChange(option)}
    />
  ));
}
