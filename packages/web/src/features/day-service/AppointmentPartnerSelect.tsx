import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PartnerOption } from './meetings-api.ts';
import type { AppointmentPlace } from './appointments-api.ts';

/** The partner select: partners of the kind the place names first, then the rest. */
export function AppointmentPartnerSelect({
  place,
  partners,
  value,
  onChange,
}: {
  place: AppointmentPlace;
  partners: PartnerOption[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const offered = partners.filter((p) => p.active || p.id === value);
  const suggested = offered.filter((p) => p.type === place);
  const others = offered.filter((p) => p.type !== place);
  return (
    <Field>
      <Label>{t('dayService.appointmentForm.partner')}</Label>
      <Field.Description>{t('dayService.appointmentForm.partnerDescription')}</Field.Description>
      <Select name="partnerId" value={value} onChange={(e) => onChange(e.target.value)}>
        <Select.Option value="">{t('dayService.appointmentForm.partnerNone')}</Select.Option>
        {suggested.length > 0 && (
          <Select.Optgroup label={t('dayService.appointmentForm.partnerSuggested')}>
            {suggested.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name}
              </Select.Option>
            ))}
          </Select.Optgroup>
        )}
        <Select.Optgroup label={t('dayService.appointmentForm.partnerOthers')}>
          {others.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
        </Select.Optgroup>
      </Select>
    </Field>
  );
}
