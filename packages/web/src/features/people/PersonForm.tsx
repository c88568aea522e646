import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { addressProtections, genders } from '@havn/domain';
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFields, PersonView } from './people-api.ts';
import {
  personFormFields,
  readPersonForm,
  type PersonErrors,
  type PersonFormField,
} from './person-form.ts';

function Group({
  legend,
  description,
  children,
  error,
}: {
  legend: string;
  description?: string;
  children: ReactNode;
  error?: string | undefined;
}) {
  const errorId = useId();
  return (
    <Fieldset
      className="havn-person-form__group"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {children}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/**
 * The fields of a person, for registering (empty) and changing (from the record). Only an alias or
 * a first name is required. A protected address the user may not see is neither shown nor sent.
 */
export function PersonForm({
  person,
  isChild,
  errors,
  attempt,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  before,
  focusFirst = false,
}: {
  person?: PersonView;
  isChild: boolean;
  errors: PersonErrors;
  /** Changes with each try, so the first field in error takes focus again. */
  attempt: number;
  pending: boolean;
  submitLabel: string;
  onSubmit: (fields: PersonFields) => void;
  onCancel?: () => void;
  /** Shown above the submit button: the duplicates to consider, say. */
  before?: ReactNode;
  /** Put the cursor in the first field at once (the form replaced what had focus). */
  focusFirst?: boolean;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const err = (name: PersonFormField) =>
    errors[name] ? t(`people.form.errors.${errors[name]}`) : undefined;

  useEffect(() => {
    if (focusFirst) formRef.current?.querySelector<HTMLElement>('[name="alias"]')?.focus();
  }, [focusFirst]);

  useEffect(() => {
    const first = personFormFields.find((name) => errors[name]);
    if (!first || !formRef.current) return;
    const el =
      formRef.current.querySelector<HTMLElement>(`[name="${first}"]:checked`) ??
      formRef.current.querySelector<HTMLElement>(`[name="${first}"]`);
    el?.focus();
  }, [errors, attempt]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit(readPersonForm(new FormData(event.currentTarget), isChild));
  };

  const address = person?.address ?? null;
  const contact = person?.contact ?? null;
  return (
    <form ref={formRef} className="havn-form havn-person-form" onSubmit={submit} noValidate>
      <Group legend={t('people.form.name')} description={t('people.form.nameDescription')}>
        <Textfield
          name="alias"
          label={t('people.fields.alias')}
          description={t('people.form.aliasDescription')}
          defaultValue={person?.alias ?? ''}
          autoComplete="off"
          error={err('alias')}
        />
        <div className="havn-form__row">
          <Textfield
            name="firstName"
            label={t('people.fields.firstName')}
            defaultValue={person?.firstName ?? ''}
            autoComplete="off"
            error={err('firstName')}
          />
          <Textfield
            name="lastName"
            label={t('people.fields.lastName')}
            defaultValue={person?.lastName ?? ''}
            autoComplete="off"
            error={err('lastName')}
          />
        </div>
      </Group>
      <Group legend={t('people.form.identity')}>
        <div className="havn-form__row">
          <Textfield
            name="birthDate"
            type="date"
            label={t('people.fields.birthDate')}
            defaultValue={person?.birthDate ?? ''}
            error={err('birthDate')}
          />
          <Textfield
            name="nationalId"
            label={t('people.fields.nationalId')}
            description={
              person?.nationalIdRegistered
                ? t('people.form.nationalIdKeep')
                : t('people.form.nationalIdDescription')
            }
            inputMode="numeric"
            autoComplete="off"
            error={err('nationalId')}
          />
        </div>
        <Fieldset className="havn-choices havn-choices--inline">
          <Fieldset.Legend>{t('people.fields.gender')}</Fieldset.Legend>
          <div className="havn-choices__options">
            {genders.map((g) => (
              <Radio
                key={g}
                name="gender"
                value={g}
                label={t(`people.genders.${g}`)}
                defaultChecked={(person?.gender ?? 'unknown') === g}
              />
            ))}
          </div>
        </Fieldset>
      </Group>
      <Group legend={t('people.form.language')}>
        <Textfield
          name="languages"
          label={t('people.fields.languages')}
          description={t('people.form.languagesDescription')}
          defaultValue={person?.languages.join(', ') ?? ''}
          autoComplete="off"
          error={err('languages')}
        />
        <Checkbox
          name="interpreterNeeded"
          label={t('people.fields.interpreterNeeded')}
          defaultChecked={person?.interpreterNeeded ?? false}
        />
      </Group>
      <Group legend={t('people.form.address')}>
        {person?.addressHidden ? (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('people.addressHidden')}</Paragraph>
          </Alert>
        ) : (
          <>
            <Fieldset className="havn-choices">
              <Fieldset.Legend>{t('people.fields.addressProtection')}</Fieldset.Legend>
              <Fieldset.Description>{t('people.form.protectionDescription')}</Fieldset.Description>
              <div className="havn-choices__options">
                {addressProtections.map((p) => (
                  <Radio
                    key={p}
                    name="addressProtection"
                    value={p}
                    label={t(`people.protections.${p}`)}
                    description={t(`people.protectionHelp.${p}`)}
                    defaultChecked={(person?.addressProtection ?? 'none') === p}
                  />
                ))}
              </div>
            </Fieldset>
            <Textfield
              name="street"
              label={t('people.fields.street')}
              defaultValue={address?.street ?? ''}
              autoComplete="off"
              error={err('street')}
            />
            <div className="havn-form__row">
              <Textfield
                name="postalCode"
                label={t('people.fields.postalCode')}
                defaultValue={address?.postalCode ?? ''}
                inputMode="numeric"
                autoComplete="off"
                error={err('postalCode')}
              />
              <Textfield
                name="city"
                label={t('people.fields.city')}
                defaultValue={address?.city ?? ''}
                autoComplete="off"
                error={err('city')}
              />
            </div>
          </>
        )}
        <Textfield
          name="homeMunicipalityNumber"
          label={t('people.fields.homeMunicipality')}
          description={t('people.form.municipalityDescription')}
          defaultValue={person?.homeMunicipality?.number ?? ''}
          inputMode="numeric"
          autoComplete="off"
          className="havn-code-field"
          error={err('homeMunicipalityNumber')}
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
              <Textfield
                name="phone"
                type="tel"
                label={t('people.fields.phone')}
                defaultValue={contact?.phone ?? ''}
                autoComplete="off"
                error={err('phone')}
              />
              <Textfield
                name="email"
                type="email"
                label={t('people.fields.email')}
                defaultValue={contact?.email ?? ''}
                autoComplete="off"
                error={err('email')}
              />
            </div>
            <Textfield
              name="safeUse"
              label={t('people.fields.safeUse')}
              description={t('people.form.safeUseDescription')}
              defaultValue={contact?.safeUse ?? ''}
              autoComplete="off"
              error={err('safeUse')}
            />
          </>
        )}
      </Group>
      <Textfield
        multiline
        rows={3}
        name="accessibilityNotes"
        label={t('people.fields.accessibilityNotes')}
        description={t('people.form.accessibilityDescription')}
        defaultValue={person?.accessibilityNotes ?? ''}
        error={err('accessibilityNotes')}
      />
      {before}
      <div className="havn-actions">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
