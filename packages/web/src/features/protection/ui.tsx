import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { FormError } from '../../lib/FormError.tsx';

/** An item's words in the reader's language. */
export const labelOf = (item: { labelNb: string; labelEn: string }) =>
  currentLanguage() === 'nb' ? item.labelNb : item.labelEn;

/** A set of radio buttons for one choice, with its error under it. */
export function Choice<V extends string>({
  legend,
  name,
  values,
  labels,
  value,
  onChange,
  error,
  firstRef,
  inline = true,
}: {
  legend: string;
  name: string;
  values: readonly V[];
  labels: Record<V, string>;
  value: V | undefined;
  onChange: (value: V) => void;
  error?: string | undefined;
  firstRef?: Ref<HTMLInputElement>;
  inline?: boolean;
}) {
  const errorId = useId();
  return (
    <Fieldset
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className={inline ? 'havn-protection__choices' : undefined}>
        {values.map((v, index) => (
          <Radio
            key={v}
            ref={index === 0 ? firstRef : undefined}
            name={name}
            value={v}
            label={labels[v]}
            checked={value === v}
            onChange={() => onChange(v)}
          />
        ))}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** A save that failed past the field checks: a stale version in words of its own. */
export function SaveError({
  mutation,
  attempt,
}: {
  mutation: { isError: boolean; error: unknown };
  attempt: number;
}) {
  const { t } = useTranslation();
  const message = !mutation.isError
    ? null
    : mutation.error instanceof ApiError && mutation.error.code === 'conflict'
      ? t('protection.conflict')
      : t(errorMessageKey(mutation.error));
  return <FormError message={message} attempt={attempt} />;
}
