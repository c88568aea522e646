import {
  Checkbox,
  Fieldset,
  Radio,
  Select,
  Field,
  Label,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useFormContext, useFormState, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { messageKeyOf, type FieldMessages } from './messages.ts';

interface FieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  description?: string | undefined;
  /** The field's own sentences for some problems, by code (`custom`, `unknown_municipality`). */
  messages?: FieldMessages;
  /** What those sentences name: `{ time }` in "not before the arrival ({{time}})". */
  messageValues?: Record<string, string>;
}

/** The translated error of a field of the form, or undefined. */
function useFieldError(
  name: string,
  messages?: FieldMessages,
  values?: Record<string, string>,
): string | undefined {
  const { t } = useTranslation();
  const { getFieldState } = useFormContext();
  const { error } = getFieldState(name, useFormState({ name }));
  if (!error) return undefined;
  // Any key of the app's: i18next's types cannot tie a key known only at runtime to its values.
  const translate = t as (key: string, values?: Record<string, string>) => string;
  return translate(messageKeyOf(error, messages), values);
}

/** A text field of the form (one line, or several with `multiline`). */
export function TextField<T extends FieldValues>({
  name,
  label,
  description,
  messages,
  messageValues,
  multiline,
  rows,
  type,
  inputMode,
  autoComplete = 'off',
  className,
  maxLength,
}: FieldProps<T> & {
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'time' | 'tel' | 'email' | 'number';
  inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'text';
  autoComplete?: string;
  className?: string;
  maxLength?: number;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name, messages, messageValues);
  const shared = { label, description, error, className, maxLength, ...register(name) };
  return multiline ? (
    <Textfield multiline rows={rows} {...shared} />
  ) : (
    <Textfield type={type} inputMode={inputMode} autoComplete={autoComplete} {...shared} />
  );
}

/** A yes/no of the form. */
export function CheckboxField<T extends FieldValues>({
  name,
  label,
  description,
  messages,
  messageValues,
}: FieldProps<T>) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name, messages, messageValues);
  return (
    <Checkbox
      label={label}
      description={description}
      error={error}
      aria-invalid={error ? true : undefined}
      {...register(name)}
    />
  );
}

/** One choice of several, as radios in a fieldset; the fieldset carries the error. */
export function RadioField<T extends FieldValues, V extends string>({
  name,
  label,
  description,
  messages,
  messageValues,
  options,
  optionLabel,
  optionDescription,
  className,
}: FieldProps<T> & {
  options: readonly V[];
  optionLabel: (value: V) => string;
  optionDescription?: (value: V) => string;
  className?: string;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name, messages, messageValues);
  const errorId = useId();
  return (
    <Fieldset
      className={className}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="havn-choices__options">
        {options.map((value) => (
          <Radio
            key={value}
            value={value}
            label={optionLabel(value)}
            description={optionDescription?.(value)}
            {...register(name)}
          />
        ))}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** A select of the form; `children` are its `Select.Option`s. */
export function SelectField<T extends FieldValues>({
  name,
  label,
  description,
  messages,
  messageValues,
  children,
}: FieldProps<T> & { children: ReactNode }) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name, messages, messageValues);
  const errorId = useId();
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...register(name)}
      >
        {children}
      </Select>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}
