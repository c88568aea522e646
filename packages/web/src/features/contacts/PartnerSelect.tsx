import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { byType, type Partner } from '../partners/partners-api.ts';

/** A partner from the register, grouped by type; only active partners are offered. */
export function PartnerSelect({
  label,
  description,
  value,
  onChange,
  partners,
  error,
  selectRef,
}: {
  label: string;
  description?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  partners: readonly Partner[];
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const offered = partners.filter((p) => p.active || p.id === value);
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        ref={selectRef}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        aria-invalid={error ? true : undefined}
      >
        <Select.Option value="">{t('contacts.form.choosePartner')}</Select.Option>
        {byType(offered).map(([type, list]) => (
          <Select.Optgroup key={type} label={t(`partners.types.${type}`)}>
            {list.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name}
              </Select.Option>
            ))}
          </Select.Optgroup>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
