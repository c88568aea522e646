import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { usePartners } from '../partners/partners-api.ts';
import { CheckboxGroup, RadioGroup } from './Choices.tsx';
import {
  contactActions,
  contactChannels,
  contactParties,
  contactTopics,
  contactUrgencies,
} from './contacts-api.ts';
import {
  asksForPartner,
  asksForReferralPartner,
  type ContactFormState,
  type FormField,
} from './form-state.ts';
import { HouseholdFields } from './HouseholdFields.tsx';
import { PartnerSelect } from './PartnerSelect.tsx';
import { PersonLink } from './PersonLink.tsx';

/**
 * What a contact says, as form fields: shared by logging a contact and correcting one. The
 * caller owns the state, the errors and where focus goes (`fieldRef` marks each field).
 */
export function ContactFields({
  state,
  update,
  fieldRef,
  errorText,
  canLink,
  durationDescription,
}: {
  state: ContactFormState;
  update: (patch: Partial<ContactFormState>) => void;
  fieldRef: (name: FormField) => (el: HTMLElement | null) => void;
  errorText: (name: FormField) => string | undefined;
  canLink: boolean;
  durationDescription: string;
}) {
  const { t } = useTranslation();
  const partners = usePartners();
  const partnerList = partners.data ?? [];
  return (
    <>
      <RadioGroup
        fieldsetRef={fieldRef('channel')}
        legend={t('contacts.form.channel')}
        name="channel"
        options={contactChannels}
        label={(c) => t(`contacts.channels.${c}`)}
        value={state.channel}
        onChange={(channel) => update({ channel })}
        error={errorText('channel')}
        inline
      />
      <RadioGroup
        fieldsetRef={fieldRef('contactBy')}
        legend={t('contacts.form.contactBy')}
        name="contactBy"
        options={contactParties}
        label={(p) => t(`contacts.parties.${p}`)}
        value={state.contactBy}
        onChange={(contactBy) => update({ contactBy })}
        error={errorText('contactBy')}
        inline
      />
      {asksForPartner(state) && (
        <div ref={fieldRef('partner')}>
          <PartnerSelect
            label={t('contacts.form.partner')}
            description={
              state.channel === 'referral'
                ? t('contacts.form.partnerRequired')
                : t('contacts.form.partnerOptional')
            }
            value={state.partnerId}
            onChange={(partnerId) => update({ partnerId })}
            partners={partnerList}
            error={errorText('partner')}
          />
        </div>
      )}
      <CheckboxGroup
        fieldsetRef={fieldRef('topics')}
        legend={t('contacts.form.topics')}
        description={t('contacts.form.topicsDescription')}
        name="topics"
        options={contactTopics}
        label={(topic) => t(`contacts.topics.${topic}`)}
        value={state.topics}
        onChange={(topics) => update({ topics })}
        error={errorText('topics')}
      />
      <RadioGroup
        fieldsetRef={fieldRef('urgency')}
        legend={t('contacts.form.urgency')}
        name="urgency"
        options={contactUrgencies}
        label={(u) => t(`contacts.urgencies.${u}`)}
        value={state.urgency}
        onChange={(urgency) => update({ urgency })}
        error={errorText('urgency')}
        inline
      />
      <CheckboxGroup
        fieldsetRef={fieldRef('actions')}
        legend={t('contacts.form.actions')}
        description={t('contacts.form.actionsDescription')}
        name="actions"
        options={contactActions}
        label={(a) => t(`contacts.actions.${a}`)}
        value={state.actions}
        onChange={(actions) => update({ actions })}
        error={errorText('actions')}
      />
      {asksForReferralPartner(state) && (
        <div ref={fieldRef('referralPartner')}>
          <PartnerSelect
            label={t('contacts.form.referralPartner')}
            value={state.referralPartnerId}
            onChange={(referralPartnerId) => update({ referralPartnerId })}
            partners={partnerList}
            error={errorText('referralPartner')}
          />
        </div>
      )}
      <div ref={fieldRef('person')}>
        <PersonLink
          person={state.person}
          onChange={(person) =>
            update(person ? { person } : { person: null, oneToOnePhone: false })
          }
          canLink={canLink}
          error={errorText('person')}
        />
      </div>
      <HouseholdFields
        state={state}
        update={update}
        errorText={errorText}
        adultRef={fieldRef('householdAdult')}
        agesRef={fieldRef('childAges')}
      />
      <div ref={fieldRef('oneToOnePhone')}>
        <Checkbox
          label={t('contacts.form.oneToOne')}
          description={t('contacts.form.oneToOneDescription')}
          checked={state.oneToOnePhone}
          onChange={(e) => update({ oneToOnePhone: e.target.checked })}
          error={errorText('oneToOnePhone')}
          aria-invalid={errorText('oneToOnePhone') ? true : undefined}
        />
      </div>
      <div ref={fieldRef('notes')}>
        <Textfield
          multiline
          rows={3}
          label={t('contacts.form.notes')}
          description={t('contacts.form.notesDescription')}
          value={state.notes}
          onChange={(e) => update({ notes: e.target.value })}
          error={errorText('notes')}
        />
      </div>
      <div ref={fieldRef('durationMinutes')}>
        <Textfield
          label={t('contacts.form.duration')}
          description={durationDescription}
          inputMode="numeric"
          autoComplete="off"
          className="havn-code-field"
          value={state.durationMinutes}
          onChange={(e) => update({ durationMinutes: e.target.value })}
          error={errorText('durationMinutes')}
        />
      </div>
    </>
  );
}
