import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  type AdultGender,
  adultGenders,
  type ChildSex,
  childSexes,
  type FloorNeed,
  floorNeeds,
  housings,
  screenedExclusions,
  type StayKind,
  stayKinds,
} from '@havn/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindNeed } from './capacity-api.ts';

/**
 * The household and its needs: "find a place for", and the waiting list (which adds its own
 * fields as `children`, read from the same form).
 */
export function NeedForm({
  onFind,
  submitLabel,
  idPrefix = 'find',
  initial,
  children,
}: {
  onFind: (need: FindNeed, form: FormData) => void;
  submitLabel?: string;
  idPrefix?: string;
  /** The household a logged contact described, so it is not typed again. */
  initial?: { adultGender: AdultGender; childAges: number[] } | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [gender, setGender] = useState<AdultGender>(initial?.adultGender ?? 'female');
  const [housing, setHousing] = useState<'women' | 'men' | 'none'>('women');
  const [childCount, setChildCount] = useState(String(initial?.childAges.length ?? 0));
  const [ages, setAges] = useState<string[]>(initial?.childAges.map(String) ?? []);
  // '' is no answer: the sex is optional, and counts as unknown.
  const [sexes, setSexes] = useState<(ChildSex | '')[]>(initial?.childAges.map(() => '') ?? []);
  const [floor, setFloor] = useState<FloorNeed>('any');
  const [stayKind, setStayKind] = useState<StayKind>('crisis');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const count = /^\d{1,2}$/.test(childCount) ? Math.min(Number(childCount), 10) : 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found: Record<string, string> = {};
    if (!/^\d{1,2}$/.test(childCount) || Number(childCount) > 10)
      found.children = t('capacity.find.childrenFormat');
    const childAges: number[] = [];
    for (let i = 0; i < count; i++) {
      const raw = (ages[i] ?? '').trim();
      if (!/^\d{1,2}$/.test(raw) || Number(raw) > 17)
        found[`age${i}`] = t('capacity.find.childAgeMissing', { n: i + 1 });
      else childAges.push(Number(raw));
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`${idPrefix}-${first}`)?.focus();
      return;
    }
    onFind(
      {
        adultGender: gender,
        ...(gender === 'other' && housing !== 'none' ? { housing } : {}),
        childAges,
        childSexes: childAges.map((_, i) => sexes[i] || 'unknown'),
        accessible: form.get('accessible') === 'on',
        meetsScreenedCriteria: form.get('meetsScreened') === 'on',
        screenedExclusions: screenedExclusions.filter((e) => form.get(`exclusion-${e}`) === 'on'),
        floor,
        stayKind,
      },
      form,
    );
  };

  return (
    <form onSubmit={submit} noValidate className="havn-form havn-find-form">
      {children}
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.stayKind')}</Fieldset.Legend>
        {stayKinds.map((k) => (
          <Radio
            key={k}
            name="stayKind"
            value={k}
            label={t(`capacity.find.stayKinds.${k}`)}
            description={k === 'transition' ? t('capacity.find.transitionDescription') : undefined}
            checked={stayKind === k}
            onChange={() => setStayKind(k)}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.adult')}</Fieldset.Legend>
        {adultGenders.map((g) => (
          <Radio
            key={g}
            name="gender"
            value={g}
            label={t(`capacity.find.genders.${g}`)}
            checked={gender === g}
            onChange={() => setGender(g)}
          />
        ))}
      </Fieldset>
      {gender === 'other' && (
        <Fieldset>
          <Fieldset.Legend>{t('capacity.find.housing')}</Fieldset.Legend>
          {([...housings, 'none'] as const).map((h) => (
            <Radio
              key={h}
              name="housing"
              value={h}
              label={t(`capacity.find.housingOptions.${h}`)}
              checked={housing === h}
              onChange={() => setHousing(h)}
            />
          ))}
        </Fieldset>
      )}
      <Textfield
        id={`${idPrefix}-children`}
        label={t('capacity.find.children')}
        inputMode="numeric"
        value={childCount}
        onChange={(e) => setChildCount(e.target.value)}
        error={errors.children}
        className="havn-find-form__number"
      />
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="havn-find-form__child">
          <Textfield
            id={`${idPrefix}-age${i}`}
            label={t('capacity.find.childAge', { n: i + 1 })}
            inputMode="numeric"
            value={ages[i] ?? ''}
            onChange={(e) => {
              const next = [...ages];
              next[i] = e.target.value;
              setAges(next);
            }}
            error={errors[`age${i}`]}
            className="havn-find-form__number"
          />
          <Field>
            <Label htmlFor={`${idPrefix}-sex${i}`}>
              {t('capacity.find.childSex', { n: i + 1 })}
            </Label>
            <Select
              id={`${idPrefix}-sex${i}`}
              value={sexes[i] ?? ''}
              onChange={(e) => {
                const next = [...sexes];
                next[i] = e.target.value as ChildSex | '';
                setSexes(next);
              }}
            >
              <Select.Option value="">{t('capacity.find.childSexes.none')}</Select.Option>
              {childSexes.map((s) => (
                <Select.Option key={s} value={s}>
                  {t(`capacity.find.childSexes.${s}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
      ))}
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.needs')}</Fieldset.Legend>
        <Checkbox name="accessible" label={t('capacity.find.accessible')} />
        <Checkbox
          name="meetsScreened"
          label={t('capacity.find.meetsScreened')}
          description={t('capacity.find.meetsScreenedDescription')}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.exclusions')}</Fieldset.Legend>
        {screenedExclusions.map((e) => (
          <Checkbox
            key={e}
            name={`exclusion-${e}`}
            label={t(`capacity.screening.exclusions.${e}`)}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.floor')}</Fieldset.Legend>
        {floorNeeds.map((f) => (
          <Radio
            key={f}
            name="floor"
            value={f}
            label={t(`capacity.find.floors.${f}`)}
            checked={floor === f}
            onChange={() => setFloor(f)}
          />
        ))}
      </Fieldset>
      <div>
        <Button type="submit">{submitLabel ?? t('capacity.find.submit')}</Button>
      </div>
    </form>
  );
}
