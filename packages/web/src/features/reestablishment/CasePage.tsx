import { reestablishmentEndReasons } from '@havn/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Authenticated } from '../../auth/me.ts';
import { CaseActions } from '../../lib/CaseActions.tsx';
import { CaseQueryView } from '../../lib/CaseQueryView.tsx';
import { CaseRecords } from '../../lib/CaseRecords.tsx';
import { EndCaseForm } from '../../lib/EndCaseForm.tsx';
import { FormToggle } from '../../lib/FormToggle.tsx';
import { VisitCard } from '../../lib/VisitCard.tsx';
import { formatShortDate } from '../day-service/oslo-time.ts';
import { ContactForm } from './ContactForm.tsx';
import { EditForm } from './EditForm.tsx';
import {
  useCase,
  useEndCase,
  type FollowUpContact,
  type ReestablishmentCase,
} from './reestablishment-api.ts';
import { BackToList, ReestablishmentPage } from './ui.tsx';

function Facts({ theCase }: { theCase: ReestablishmentCase }) {
  const { t } = useTranslation();
  const housing = theCase.transitionStay
    ? t('reestablishment.case.inUnit', { unit: theCase.transitionStay.unitName ?? '—' })
    : theCase.municipality
      ? t('reestablishment.case.inMunicipality', { municipality: theCase.municipality.name })
      : t(`reestablishment.housings.${theCase.housing}`);
  return (
    <dl className="havn-ds-facts">
      <dt>{t('reestablishment.case.status')}</dt>
      <dd>
        {theCase.endedOn && theCase.endReason
          ? t('reestablishment.case.ended', {
              date: formatShortDate(theCase.endedOn),
              reason: t(`reestablishment.endReasons.${theCase.endReason}`),
            })
          : t('reestablishment.case.open')}
      </dd>
      <dt>{t('reestablishment.case.started')}</dt>
      <dd>
        <time dateTime={theCase.startedOn}>{formatShortDate(theCase.startedOn)}</time>
      </dd>
      <dt>{t('reestablishment.case.housing')}</dt>
      <dd>{housing}</dd>
      <dt>{t('reestablishment.case.children')}</dt>
      <dd>
        {theCase.children.length > 0
          ? theCase.children.map((c) => c.displayName).join(', ')
          : t('reestablishment.case.noChildren')}
      </dd>
      <dt>{t('reestablishment.case.primaryContact')}</dt>
      <dd>{theCase.primaryContact?.name ?? t('reestablishment.case.noPrimaryContact')}</dd>
      <dt>{t('reestablishment.case.goals')}</dt>
      <dd className="havn-prewrap">{theCase.goals ?? t('reestablishment.case.noGoals')}</dd>
      <dt>{t('reestablishment.case.partners')}</dt>
      <dd>
        {theCase.partners.length > 0
          ? theCase.partners.map((p) => p.name).join(', ')
          : t('reestablishment.case.noPartners')}
      </dd>
    </dl>
  );
}

function ContactCard({ contact }: { contact: FollowUpContact }) {
  const { t } = useTranslation();
  return (
    <VisitCard
      date={contact.date}
      kindText={t(`reestablishment.contactKinds.${contact.kind}`)}
      minutesText={t('reestablishment.contacts.minutes', { count: contact.minutes })}
      interpreterText={contact.interpreter ? t('reestablishment.contacts.interpreter') : null}
      staffLabel={t('reestablishment.contacts.staff')}
      staff={contact.staff}
      details={[{ label: t('reestablishment.contacts.note'), text: contact.note }]}
    />
  );
}

function CaseScreen({ me, theCase }: { me: Authenticated; theCase: ReestablishmentCase }) {
  const { t } = useTranslation();
  const isOpen = theCase.endedOn === null;
  const end = useEndCase(theCase.id);
  return (
    <>
      <BackToList />
      <Facts theCase={theCase} />
      <CaseActions
        personId={theCase.person.id}
        personLink={t('reestablishment.case.personLink', { name: theCase.person.displayName })}
        endedNote={isOpen ? null : t('reestablishment.case.endedNote')}
      />
      {isOpen && (
        <FormToggle
          label={t('reestablishment.case.edit')}
          heading={t('reestablishment.case.editHeading')}
          saved={t('reestablishment.case.saved')}
        >
          {(done, close) => <EditForm me={me} theCase={theCase} onDone={done} onCancel={close} />}
        </FormToggle>
      )}
      <CaseRecords
        heading={t('reestablishment.contacts.heading')}
        count={t('reestablishment.contacts.count', { count: theCase.contacts.length })}
        form={{
          label: t('reestablishment.contacts.form.open'),
          heading: t('reestablishment.contacts.form.heading'),
          saved: t('reestablishment.contacts.form.saved'),
          render: (done, close) => (
            <ContactForm me={me} theCase={theCase} onDone={done} onCancel={close} />
          ),
        }}
        none={t('reestablishment.contacts.none')}
        listLabel={t('reestablishment.contacts.listLabel')}
        items={theCase.contacts}
        card={(contact) => <ContactCard contact={contact} />}
      />
      {isOpen && (
        <FormToggle
          label={t('reestablishment.end.open')}
          heading={t('reestablishment.end.heading')}
          color="danger"
        >
          {(done, close) => (
            <EndCaseForm
              theCase={theCase}
              reasons={reestablishmentEndReasons}
              reasonLabel={(r) => t(`reestablishment.endReasons.${r}`)}
              end={end}
              texts={{
                date: t('reestablishment.end.date'),
                reason: t('reestablishment.end.reason'),
                submit: t('reestablishment.end.submit'),
                dateMissing: t('reestablishment.end.errors.date'),
                beforeStart: t('reestablishment.end.errors.date'),
                afterToday: t('reestablishment.end.errors.date'),
                reasonMissing: t('reestablishment.end.errors.reason'),
                conflict: t('reestablishment.end.errors.conflict'),
              }}
              onDone={done}
              onCancel={close}
            />
          )}
        </FormToggle>
      )}
    </>
  );
}

/**
 * /departures/reestablishment/:id: one follow-up case — who, where they live, goals and the
 * services involved, the contacts with "Registrer kontakt", and ending the case.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const theCase = useCase(id);
  const title = t('reestablishment.case.title');
  return (
    <ReestablishmentPage
      title={title}
      heading={
        theCase.data
          ? t('reestablishment.case.heading', { name: theCase.data.person.displayName })
          : title
      }
    >
      {(me) => (
        <CaseQueryView
          query={theCase}
          loadingText={t('reestablishment.loading')}
          record={{ recordType: 'reestablishment_case', recordId: id }}
          back={<BackToList />}
        >
          {(data) => <CaseScreen me={me} theCase={data} />}
        </CaseQueryView>
      )}
    </ReestablishmentPage>
  );
}
