import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { genders } from '@havn/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDate, isDate } from '../../day-service/oslo-time.ts';
import { PersonPicker } from '../../day-service/PersonPicker.tsx';
import { chosen } from '../../../lib/one-of.ts';
import { Duplicates } from '../../people/Duplicates.tsx';
import { peopleApi, type CreatePersonResult, type PersonFields } from '../../people/people-api.ts';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

type ChildBody = Partial<PersonFields> & { adultIds: string[] };
/** A child's sex as the person record holds it: girl, boy, or unknown; '' is no answer. */
const childGenders = ['', 'female', 'male', 'unknown'] as const;

/** The adult, and the children along: found among those registered, or registered here. */
export function HouseholdStep({ intake, onDone }: StepProps) {
  const { t } = useTranslation();
  const step = useStep(intake.id, 'members');
  const ids = intake.children.map((c) => c.id);
  const setChildren = (children: string[]) => step.save({ version: intake.version, children });
  const [errors, setErrors] = useState<{ alias?: string; birthDate?: string }>({});
  const [registering, setRegistering] = useState(false);
  // A child the server may already know: shown to choose from before anyone is registered twice.
  const [possible, setPossible] = useState<{
    result: Extract<CreatePersonResult, { created: false }>;
    body: ChildBody;
  } | null>(null);
  const aliasRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const birthRef = useRef<HTMLInputElement>(null);

  const send = async (body: ChildBody, confirm: boolean, form: HTMLFormElement | null) => {
    setRegistering(true);
    try {
      const result = await peopleApi.create({ ...body, confirmNotDuplicate: confirm });
      if (!result.created) {
        setPossible({ result, body });
        return;
      }
      setPossible(null);
      setChildren([...ids, result.id]);
      form?.reset();
    } finally {
      setRegistering(false);
    }
  };

  const register = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const alias = String(form.get('alias') ?? '').trim();
    const birthDate = String(form.get('birthDate') ?? '');
    const found = {
      ...(alias ? {} : { alias: t('intake.household.aliasMissing') }),
      ...(isDate(birthDate) ? {} : { birthDate: t('intake.household.birthDateMissing') }),
    };
    setErrors(found);
    if (found.alias) return aliasRef.current?.focus();
    if (found.birthDate) return birthRef.current?.focus();
    const gender = chosen(form, 'gender', genders, 'unknown');
    const body = { alias, isChild: true, birthDate, gender, adultIds: [intake.person.id] };
    void send(body, false, event.currentTarget);
  };

  return (
    <div className="havn-intake__form">
      <Paragraph>{t('intake.household.adult', { name: intake.person.displayName })}</Paragraph>
      {step.error}
      <Heading level={3} data-size="xs">
        {t('intake.household.children')}
      </Heading>
      {intake.children.length === 0 ? (
        <Paragraph>{t('intake.household.noChildren')}</Paragraph>
      ) : (
        <ul>
          {intake.children.map((c) => (
            <li key={c.id}>
              {c.displayName}
              {c.birthDate &&
                `, ${t('intake.household.born', { date: formatShortDate(c.birthDate) })}`}{' '}
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => setChildren(ids.filter((x) => x !== c.id))}
              >
                {t('intake.household.remove', { name: c.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <PersonPicker
        label={t('intake.household.addExisting')}
        value={null}
        accept={(hit) => hit.isChild && !ids.includes(hit.id)}
        onChange={(p) => p && setChildren([...ids, p.id])}
      />
      <form className="havn-intake__form" onSubmit={register} noValidate ref={formRef}>
        <Heading level={3} data-size="xs">
          {t('intake.household.newChild')}
        </Heading>
        <Textfield
          ref={aliasRef}
          name="alias"
          label={t('intake.household.alias')}
          error={errors.alias}
          autoComplete="off"
        />
        <Textfield
          ref={birthRef}
          className="havn-ds-short-field"
          type="date"
          name="birthDate"
          label={t('intake.household.birthDate')}
          description={t('intake.household.birthDateDescription')}
          error={errors.birthDate}
        />
        <Field>
          <Label>{t('intake.household.gender')}</Label>
          <Select name="gender" defaultValue="">
            {childGenders.map((g) => (
              <Select.Option key={g} value={g}>
                {t(`intake.household.genders.${g || 'none'}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {possible && (
          <Duplicates
            duplicates={possible.result.duplicates}
            earlierRecords={possible.result.earlierRecords}
            mayStartIntake={false}
            pending={registering}
            onConfirm={() => void send(possible.body, true, formRef.current)}
            onChoose={(d) => {
              setPossible(null);
              formRef.current?.reset();
              if (!ids.includes(d.id)) setChildren([...ids, d.id]);
            }}
          />
        )}
        <div>
          <Button type="submit" variant="secondary" loading={registering || step.pending}>
            {t('intake.household.add')}
          </Button>
        </div>
      </form>
      <div>
        <Button onClick={onDone}>{t('intake.household.continue')}</Button>
      </div>
    </div>
  );
}
