import { Fieldset, Radio } from '@digdir/designsystemet-react';

/** One choice among a few, as radios under a legend: the keyboard moves through them with arrows. */
export function RadioFieldset<Option extends string>({
  legend,
  name,
  options,
  label,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  label: (option: Option) => string;
  value: Option;
  onChange: (option: Option) => void;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
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
    </Fieldset>
  );
}
