import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { adultGenders } from '@havn/domain';
import { useTranslation } from 'react-i18next';
import type { ContactFormState, FormField } from './form-state.ts';

const adults = ['', ...adultGenders] as const;

/**
 * Who would come, if a place is needed: the adult and the children's ages. Carried to «Finn
 * plass til» and to the intake, so the household is not asked for again.
 */
export function HouseholdFields({
  state,
  update,
  errorText,
  adultRef,
  agesRef,
}: {
  state: ContactFormState;
  update: (patch: Partial<ContactFormState>) => void;
  errorText: (name: FormField) => string | undefined;
  adultRef: (el: HTMLElement | null) => void;
  agesRef: (el: HTMLElement | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div ref={adultRef}>
        <Fieldset data-size="sm" aria-invalid={errorText('householdAdult') ? true : undefined}>
          <Fieldset.Legend>{t('contacts.form.household')}</Fieldset.Legend>
          <Fieldset.Description>{t('contacts.form.householdDescription')}</Fieldset.Description>
          {adults.map((a) => (
            <Radio
              key={a || 'none'}
              name="householdAdult"
              value={a}
              label={t(`contacts.form.householdAdults.${a || 'none'}`)}
              checked={state.householdAdult === a}
              onChange={() => update({ householdAdult: a })}
              error={errorText('householdAdult')}
            />
          ))}
        </Fieldset>
      </div>
      <div ref={agesRef}>
        <Textfield
          label={t('contacts.form.childAges')}
          description={t('contacts.form.childAgesDescription')}
          autoComplete="off"
          value={state.childAges}
          onChange={(e) => update({ childAges: e.target.value })}
          error={errorText('childAges')}
        />
      </div>
    </>
  );
}
