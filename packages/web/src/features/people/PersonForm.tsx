import { Alert, Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  Form,
  RadioField,
  SubmitButton,
  TextField,
  useZodForm,
  type MessageKey,
} from '../../lib/form';
import { addressProtections as protections, genders } from '@havn/domain';
import type { PersonView } from './people-api.ts';
import {
  personFormSchema,
  personFormValues,
  personMessages as messages,
  personServerFields,
  type PersonFormValues,
  type TypedPerson,
} from './person-form.ts';

function Group({
  legend,
  description,
  children,
}: {
  legend: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Fieldset className="havn-person-form__group">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {children}
    </Fieldset>
  );
}

const Text = TextField<PersonFormValues>;

/**
 * The fields of a person, for registering (empty) and changing (from the record). Only an alias or
 * a first name is required. A protected address the user may not see is neither shown nor sent.
 */
export function PersonForm({
  person,
  submitLabel,
  onSubmit,
  failureKey,
  onCancel,
  before,
  focusFirst = false,
}: {
  person?: PersonView;
  submitLabel: string;
  /** Sends what was typed; a thrown error is shown on the form. */
  onSubmit: (fields: TypedPerson) => Promise<unknown>;
  failureKey?: (error: unknown) => MessageKey | undefined;
  onCancel?: () => void;
  /** Shown above the submit button: the duplicates to consider, say, which may submit again. */
  before?: (submit: () => void) => ReactNode;
  /** Put the cursor in the first field at once (the form replaced what had focus). */
  focusFirst?: boolean;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // The record as the form's values, not a remount: after a conflict the latest version is shown
  // to look over again, and the form's sentence about the conflict stays above it.
  const values = useMemo(() => personFormValues(person), [person]);
  const form = useZodForm(personFormSchema, { values });
  const { setFocus } = form;

  useEffect(() => {
    if (focusFirst) setFocus('alias');
  }, [focusFirst, setFocus]);

  return (
    <Form
      ref={formRef}
      form={form}
      onSubmit={onSubmit}
      serverFields={personServerFields}
      failureKey={failureKey}
      className="havn-form havn-person-form"
    >
      <Group legend={t('people.form.name')} description={t('people.form.nameDescription')}>
        <Text
          name="alias"
          label={t('people.fields.alias')}
          description={t('people.form.aliasDescription')}
          messages={messages.alias}
        />
        <div className="havn-form__row">
          <Text name="firstName" label={t('people.fields.firstName')} />
          <Text name="lastName" label={t('people.fields.lastName')} />
        </div>
      </Group>
      <Group legend={t('people.form.identity')}>
        <div className="havn-form__row">
          <Text
            name="birthDate"
            type="date"
            label={t('people.fields.birthDate')}
            messages={messages.birthDate}
          />
          <Text
            name="nationalId"
            label={t('people.fields.nationalId')}
            description={
              person?.nationalIdRegistered
                ? t('people.form.nationalIdKeep')
                : t('people.form.nationalIdDescription')
            }
            inputMode="numeric"
            messages={messages.nationalId}
          />
        </div>
        <RadioField<PersonFormValues, (typeof genders)[number]>
          name="gender"
          className="havn-choices havn-choices--inline"
          label={t('people.fields.gender')}
          options={genders}
          optionLabel={(g) => t(`people.genders.${g}`)}
        />
      </Group>
      <Group legend={t('people.form.language')}>
        <Text
          name="languages"
          label={t('people.fields.languages')}
          description={t('people.form.languagesDescription')}
        />
        <CheckboxField<PersonFormValues>
          name="interpreterNeeded"
          label={t('people.fields.interpreterNeeded')}
        />
      </Group>
      <Group legend={t('people.form.address')}>
        {person?.addressHidden ? (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('people.addressHidden')}</Paragraph>
          </Alert>
        ) : (
          <>
            <RadioField<PersonFormValues, (typeof protections)[number]>
              name="addressProtection"
              className="havn-choices"
              label={t('people.fields.addressProtection')}
              description={t('people.form.protectionDescription')}
              options={protections}
              optionLabel={(p) => t(`people.protections.${p}`)}
              optionDescription={(p) => t(`people.protectionHelp.${p}`)}
            />
            <Text name="street" label={t('people.fields.street')} />
            <div className="havn-form__row">
              <Text
                name="postalCode"
                label={t('people.fields.postalCode')}
                inputMode="numeric"
                messages={messages.postalCode}
              />
              <Text name="city" label={t('people.fields.city')} />
            </div>
          </>
        )}
        <Text
          name="homeMunicipalityNumber"
          label={t('people.fields.homeMunicipality')}
          description={t('people.form.municipalityDescription')}
          inputMode="numeric"
          className="havn-code-field"
          messages={messages.homeMunicipalityNumber}
        />
      </Group>
      <Group legend={t('people.form.contact')}>
        {person?.contactHidden ? (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('people.contactHidden')}</Paragraph>
          </Alert>
        ) : (
          <>
            <div className="havn-form__row">
              <Text name="phone" type="tel" label={t('people.fields.phone')} />
              <Text
                name="email"
                type="email"
                label={t('people.fields.email')}
                messages={messages.email}
              />
            </div>
            <Text
              name="safeUse"
              label={t('people.fields.safeUse')}
              description={t('people.form.safeUseDescription')}
            />
          </>
        )}
      </Group>
      <Text
        multiline
        rows={3}
        name="accessibilityNotes"
        label={t('people.fields.accessibilityNotes')}
        description={t('people.form.accessibilityDescription')}
      />
      {before?.(() => formRef.current?.requestSubmit())}
      <div className="havn-actions">
        <SubmitButton>{submitLabel}</SubmitButton>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}
