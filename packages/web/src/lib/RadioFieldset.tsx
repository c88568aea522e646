import { Fieldset } from '@digdir/designsystemet-react';
import { RadioOptions } from './RadioOptions.tsx';

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
      <RadioOptions name={name} options={options} label={label} value={value} onChange={onChange} />
    </Fieldset>
  );
}
