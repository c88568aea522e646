import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type AdultGender, adultGenders, ageOn, housings, screenedFindings } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { capacityApi, type FindNeed, type PlaceOptionDto } from '../../capacity/capacity-api.ts';
import { osloDate } from '../../day-service/oslo-time.ts';
import { unfitText } from '../../capacity/shared.tsx';
import { SaveError } from '../ui.tsx';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

/** Find a place with capacity's find-a-place, choose, and move in: the stay starts. */
export function BedStep({ intake }: StepProps) {
  const { t } = useTranslation();
  const today = osloDate();
  const [gender, setGender] = useState<AdultGender>(
    (adultGenders as readonly string[]).includes(intake.person.gender)
      ? (intake.person.gender as AdultGender)
      : 'female',
  );
  const [housing, setHousing] = useState<'women' | 'men'>('women');
  const [accessible, setAccessible] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  const [chooseError, setChooseError] = useState(false);
  const chooseRef = useRef<HTMLInputElement>(null);
  const find = useMutation({ mutationFn: (need: FindNeed) => capacityApi.find(need) });
  const moveIn = useStep(intake.id, 'move-in');
  const closed = intake.status !== 'in_progress';
  const missing = intake.missingBeforeMoveIn;
  const need = {
    accessible,
    floor: 'any' as const,
    ...(gender === 'other' ? { housing } : {}),
  };

  if (intake.status === 'completed')
    return (
      <Alert data-color="success">
        <Paragraph>{t('intake.bed.movedIn')}</Paragraph>
        <Link asChild>
          <RouterLink to="/capacity">{t('intake.bed.board')}</RouterLink>
        </Link>
      </Alert>
    );

  const options: PlaceOptionDto[] = find.data?.options ?? [];
  const onMoveIn = () => {
    const option = chosen === null ? undefined : options[chosen];
    if (!option) {
      setChooseError(true);
      chooseRef.current?.focus();
      return;
    }
    const [adultBed, ...childBeds] = option.beds;
    moveIn.save({
      version: intake.version,
      bedId: adultBed!.id,
      children: intake.children.map((c, i) => ({
        personId: c.id,
        bedId: childBeds[i]!.id,
        ...(c.birthDate ? {} : { age: c.age ?? 0 }),
      })),
      // The server reads the gender from the person record; one registered by alias only has
      // none, so the housing chosen here goes along.
      need: {
        ...need,
        housing: gender === 'female' ? 'women' : gender === 'male' ? 'men' : housing,
      },
    });
  };

  return (
    <div className="havn-intake__form">
      <Paragraph>{t('intake.bed.intro')}</Paragraph>
      {missing.length > 0 && (
        <Alert data-color="warning">
          <Paragraph>
            {t('intake.wizard.missingBeforeMoveIn', {
              steps: missing.map((s) => t(`intake.steps.${s}`)).join(', '),
            })}
          </Paragraph>
        </Alert>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('intake.bed.gender')}</Fieldset.Legend>
        {adultGenders.map((g) => (
          <Radio
            key={g}
            name="gender"
            value={g}
            label={t(`intake.bed.genders.${g}`)}
            checked={gender === g}
            onChange={() => setGender(g)}
          />
        ))}
      </Fieldset>
      {gender === 'other' && (
        <Fieldset>
          <Fieldset.Legend>{t('intake.bed.housing')}</Fieldset.Legend>
          {housings.map((h) => (
            <Radio
              key={h}
              name="housing"
              value={h}
              label={t(`intake.bed.housingOptions.${h}`)}
              checked={housing === h}
              onChange={() => setHousing(h)}
            />
          ))}
        </Fieldset>
      )}
      <Checkbox
        label={t('intake.bed.accessible')}
        checked={accessible}
        onChange={(e) => setAccessible(e.target.checked)}
      />
      <div>
        <Button
          variant="secondary"
          loading={find.isPending}
          disabled={closed}
          onClick={() => {
            setChosen(null);
            find.mutate({
              adultGender: gender,
              // Ages today, the day of arrival; else the age the contact gave; unknown counts as 0,
              // which asks for a cot.
              childAges: intake.children.map((c) =>
                c.birthDate ? ageOn(c.birthDate, today) : (c.age ?? 0),
              ),
              childSexes: intake.children.map((c) => c.sex),
              meetsScreenedCriteria: intake.eligibility.meetsScreenedCriteria,
              screenedExclusions: screenedFindings(intake.eligibility.screened).screenedExclusions,
              ...need,
            });
          }}
        >
          {t('intake.bed.find')}
        </Button>
      </div>
      <SaveError error={find.error} attempt={0} />
      {find.data && (
        <section aria-labelledby="intake-places">
          <Heading level={3} data-size="xs" id="intake-places">
            {t('intake.bed.options')}
          </Heading>
          {options.length === 0 ? (
            <Paragraph>{t('intake.bed.none')}</Paragraph>
          ) : (
            <Fieldset
              aria-invalid={chooseError ? true : undefined}
              aria-describedby={chooseError ? 'intake-choose-error' : undefined}
            >
              <Fieldset.Legend>{t('intake.bed.choose')}</Fieldset.Legend>
              {options.map((o, i) => (
                <Radio
                  key={`${o.unitId}-${o.roomId ?? ''}-${i}`}
                  ref={i === 0 ? chooseRef : undefined}
                  name="place"
                  value={String(i)}
                  label={t('intake.bed.option', {
                    unit: o.unitName,
                    room: o.roomName ? `, ${o.roomName}` : '',
                    beds: o.beds.map((b) => b.label).join(', '),
                  })}
                  description={
                    o.condition ? t(`capacity.find.conditions.${o.condition}`) : undefined
                  }
                  checked={chosen === i}
                  onChange={() => {
                    setChosen(i);
                    setChooseError(false);
                  }}
                />
              ))}
              {chooseError && (
                <ValidationMessage id="intake-choose-error">
                  {t('intake.bed.chooseMissing')}
                </ValidationMessage>
              )}
            </Fieldset>
          )}
          {find.data.notFitting.length > 0 && (
            <>
              <Heading level={4} data-size="2xs">
                {t('intake.bed.notFitting')}
              </Heading>
              <ul className="havn-not-fitting">
                {find.data.notFitting.map((unit) => (
                  <li key={unit.unitId}>
                    <strong>{unit.unitName}</strong>: {unfitText(t, unit)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {moveIn.error}
      {options.length > 0 && (
        <div>
          <Button
            loading={moveIn.pending}
            disabled={closed || missing.length > 0}
            onClick={onMoveIn}
          >
            {t('intake.bed.moveIn')}
          </Button>
        </div>
      )}
    </div>
  );
}
