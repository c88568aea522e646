import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { transportKinds } from '@havn/domain';
import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransportKind } from './appointments-api.ts';

/** How the person gets to an appointment outside the centre. */
export function TransportFieldset({
  value,
  onChange,
  error,
  inputRef,
}: {
  value: TransportKind;
  onChange: (kind: TransportKind) => void;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <Fieldset
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{t('dayService.appointmentForm.transportLegend')}</Fieldset.Legend>
      <Fieldset.Description>
        {t('dayService.appointmentForm.transportDescription')}
      </Fieldset.Description>
      {transportKinds.map((kind, index) => (
        <Radio
          key={kind}
          ref={index === 0 ? inputRef : undefined}
          name="transport"
          value={kind}
          label={t(`dayService.transport.${kind}`)}
          checked={value === kind}
          onChange={() => onChange(kind)}
        />
      ))}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
