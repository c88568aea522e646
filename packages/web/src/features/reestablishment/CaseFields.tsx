import { reestablishmentHousings } from '@havn/domain';
import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { byType, usePartners } from '../partners/partners-api.ts';
import { useMunicipalities, type Housing } from './reestablishment-api.ts';
import { RadioFieldset } from '../../lib/RadioFieldset.tsx';

/**
 * Where the person lives: in a transition apartment (the server finds her transition stay) or in
 * a permanent home — then only its municipality, never the address.
 */
export function HousingFields({
  housing,
  onHousing,
  municipality,
  onMunicipality,
  error,
  selectRef,
}: {
  housing: Housing;
  onHousing: (housing: Housing) => void;
  municipality: string | null;
  onMunicipality: (number: string | null) => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const own = municipalities.data?.filter((m) => m.centre) ?? [];
  const others = municipalities.data?.filter((m) => !m.centre) ?? [];
  return (
    <>
      <RadioFieldset
        legend={t('reestablishment.open.housing')}
        name="housing"
        options={reestablishmentHousings}
        label={(h) => t(`reestablishment.housings.${h}`)}
        value={housing}
        onChange={onHousing}
      />
      {housing === 'permanent_home' && (
        <Field>
          <Label>{t('reestablishment.open.municipality')}</Label>
          <Select
            ref={selectRef}
            value={municipality ?? ''}
            onChange={(e) => onMunicipality(e.target.value === '' ? null : e.target.value)}
            aria-invalid={error ? true : undefined}
          >
            <Select.Option value="">{t('reestablishment.open.chooseMunicipality')}</Select.Option>
            <Select.Optgroup label={t('reestablishment.open.ownMunicipalities')}>
              {own.map((m) => (
                <Select.Option key={m.number} value={m.number}>
                  {m.name}
                </Select.Option>
              ))}
            </Select.Optgroup>
            <Select.Optgroup label={t('reestablishment.open.otherMunicipalities')}>
              {others.map((m) => (
                <Select.Option key={m.number} value={m.number}>
                  {m.name}
                </Select.Option>
              ))}
            </Select.Optgroup>
          </Select>
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Field>
      )}
    </>
  );
}

/** The services involved, from the partner register, grouped by type (checkboxes: keyboard-usable). */
export function PartnersField({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const partners = usePartners();
  const offered = (partners.data ?? []).filter((p) => p.active || value.includes(p.id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('reestablishment.open.partners')}</Fieldset.Legend>
      <Fieldset.Description>{t('reestablishment.open.partnersDescription')}</Fieldset.Description>
      {offered.length === 0 && partners.isSuccess && (
        <Paragraph data-size="sm">{t('reestablishment.open.noPartners')}</Paragraph>
      )}
      {byType(offered).map(([type, list]) => (
        <Fieldset key={type}>
          <Fieldset.Legend data-size="xs">{t(`partners.types.${type}`)}</Fieldset.Legend>
          {list.map((p) => (
            <Checkbox
              key={p.id}
              label={p.name}
              value={p.id}
              checked={value.includes(p.id)}
              onChange={(e) => toggle(p.id, e.target.checked)}
            />
          ))}
        </Fieldset>
      ))}
    </Fieldset>
  );
}
