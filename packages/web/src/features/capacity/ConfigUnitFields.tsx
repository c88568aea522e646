import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  screenedConditions,
  screenedExclusions,
  type ScreeningRules,
  targetGroups,
  unitFeatures,
  type UnitKind,
  unitKinds,
} from '@havn/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { allChosen, chosen } from '../../lib/one-of.ts';
import type { ConfigFields, ConfigUnit } from './capacity-api.ts';
import { TargetGroupOptions } from './TargetGroupOptions.tsx';

const defaultScreening: ScreeningRules = {
  requiresViolence: true,
  anyOf: ['mental_illness', 'substance_problems', 'behaviour_unfit_for_communal_living'],
  notTaken: ['psychotic', 'cannot_manage_daily_living'],
  staffCheckIntervalMinutes: 60,
  extendedHouseRules: true,
};

/**
 * A unit's fields from the configuration form, as the API takes them; a problem is put in `found`
 * under its field's name.
 */
export function readUnitFields(
  f: FormData,
  unitKind: UnitKind,
  t: TFunction,
  found: Record<string, string>,
): ConfigFields['units'] {
  const name = String(f.get('name') ?? '').trim();
  const floor = String(f.get('floor') ?? '0').trim();
  if (!/^-?\d{1,2}$/.test(floor) || Number(floor) < -3 || Number(floor) > 50)
    found.floor = t('capacity.config.dialog.floorFormat');
  const boys = String(f.get('boysMaxAge') ?? '').trim();
  if (boys !== '' && (!/^\d{1,2}$/.test(boys) || Number(boys) > 17))
    found.boysMaxAge = t('capacity.config.dialog.boysMaxAgeFormat');
  let screening: ConfigFields['units']['screening'] = null;
  if (unitKind === 'screened_unit') {
    const minutes = String(f.get('interval') ?? '').trim();
    if (!/^\d{1,4}$/.test(minutes) || Number(minutes) < 5 || Number(minutes) > 1440)
      found.interval = t('capacity.config.dialog.intervalFormat');
    const anyOf = allChosen(f, 'anyOf', screenedConditions);
    if (anyOf.length === 0) found.anyOf = t('capacity.config.dialog.anyOfMissing');
    screening = {
      requiresViolence: true,
      anyOf,
      notTaken: allChosen(f, 'notTaken', screenedExclusions),
      staffCheckIntervalMinutes: Number(minutes),
      extendedHouseRules: f.get('extendedHouseRules') === 'on',
    };
  }
  return {
    name,
    kind: unitKind,
    allocation: f.get('allocation') === 'whole_unit' ? 'whole_unit' : 'room',
    targetGroup: chosen(f, 'targetGroup', targetGroups, 'women_and_children'),
    accessible: f.get('accessible') === 'on',
    mayServeAsTransition: f.get('transition') === 'on',
    transitionApartment: f.get('transitionApartment') === 'on',
    floor: Number(floor),
    boysMaxAge: boys === '' ? null : Number(boys),
    notes: String(f.get('notes') ?? '').trim() || null,
    features: allChosen(f, 'features', unitFeatures),
    screening,
  };
}

/** A unit's kind, target group, floor, screening rules and features in the configuration form. */
export function ConfigUnitFields({
  unit,
  unitKind,
  onUnitKind,
  errors,
}: {
  unit: ConfigUnit | undefined;
  unitKind: UnitKind;
  onUnitKind: (kind: UnitKind) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field>
        <Label>{t('capacity.config.dialog.unitKind')}</Label>
        <Select value={unitKind} onChange={(e) => onUnitKind(e.target.value as UnitKind)}>
          {unitKinds.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`capacity.unitKinds.${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('capacity.config.dialog.allocation')}</Label>
        <Select name="allocation" defaultValue={unit?.allocation ?? 'room'}>
          <Select.Option value="room">{t('capacity.allocations.room')}</Select.Option>
          <Select.Option value="whole_unit">{t('capacity.allocations.whole_unit')}</Select.Option>
        </Select>
      </Field>
      <Field>
        <Label>{t('capacity.config.dialog.targetGroup')}</Label>
        <Select name="targetGroup" defaultValue={unit?.targetGroup ?? 'women_and_children'}>
          <TargetGroupOptions />
        </Select>
      </Field>
      <Textfield
        id="config-floor"
        name="floor"
        inputMode="numeric"
        label={t('capacity.config.dialog.floor')}
        defaultValue={String(unit?.floor ?? 0)}
        error={errors.floor}
      />
      <Textfield
        id="config-boysMaxAge"
        name="boysMaxAge"
        inputMode="numeric"
        label={t('capacity.config.dialog.boysMaxAge')}
        description={t('capacity.config.dialog.boysMaxAgeDescription')}
        defaultValue={String(unit?.boysMaxAge ?? '')}
        error={errors.boysMaxAge}
      />
      {unitKind === 'screened_unit' && (
        <>
          <Textfield
            id="config-interval"
            name="interval"
            inputMode="numeric"
            label={t('capacity.config.dialog.checkInterval')}
            defaultValue={String(unit?.screening?.staffCheckIntervalMinutes ?? 60)}
            error={errors.interval}
          />
          <Fieldset id="config-anyOf" tabIndex={-1}>
            <Fieldset.Legend>{t('capacity.config.dialog.anyOf')}</Fieldset.Legend>
            <Fieldset.Description>
              {t('capacity.config.dialog.anyOfDescription')}
            </Fieldset.Description>
            {screenedConditions.map((c) => (
              <Checkbox
                key={c}
                name="anyOf"
                value={c}
                label={t(`capacity.screening.conditions.${c}`)}
                defaultChecked={(unit?.screening ?? defaultScreening).anyOf.includes(c)}
              />
            ))}
            {errors.anyOf && <ValidationMessage>{errors.anyOf}</ValidationMessage>}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('capacity.config.dialog.notTaken')}</Fieldset.Legend>
            {screenedExclusions.map((e) => (
              <Checkbox
                key={e}
                name="notTaken"
                value={e}
                label={t(`capacity.screening.exclusions.${e}`)}
                defaultChecked={(unit?.screening ?? defaultScreening).notTaken.includes(e)}
              />
            ))}
          </Fieldset>
          <Checkbox
            name="extendedHouseRules"
            label={t('capacity.config.dialog.extendedHouseRules')}
            defaultChecked={(unit?.screening ?? defaultScreening).extendedHouseRules}
          />
        </>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('capacity.config.dialog.features')}</Fieldset.Legend>
        {unitFeatures.map((feature) => (
          <Checkbox
            key={feature}
            name="features"
            value={feature}
            label={t(`capacity.features.${feature}`)}
            defaultChecked={unit?.features.includes(feature) ?? false}
          />
        ))}
      </Fieldset>
      <Checkbox
        name="accessible"
        label={t('capacity.config.dialog.accessible')}
        defaultChecked={unit?.accessible ?? false}
      />
      <Checkbox
        name="transition"
        label={t('capacity.config.dialog.transition')}
        defaultChecked={unit?.mayServeAsTransition ?? false}
      />
      <Checkbox
        name="transitionApartment"
        label={t('capacity.config.dialog.transitionApartment')}
        defaultChecked={unit?.transitionApartment ?? false}
      />
      <Textfield
        name="notes"
        multiline
        rows={3}
        label={t('capacity.config.dialog.notes')}
        defaultValue={unit?.notes ?? ''}
        maxLength={2000}
      />
    </>
  );
}
