import { reestablishmentEndReasons } from '@havn/domain';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordRefusal, refusalOf } from '../access/RecordRefusal.tsx';
import { Link as RouterLink, useParams } from 'react-router';
import type { Authenticated } from '../../auth/me.ts';
import { EndCaseForm } from '../../lib/EndCaseForm.tsx';
import { VisitCard } from '../../lib/VisitCard.tsx';
import { formatShortDate } from '../appointments/oslo-time.ts';
import { Disclosure } from '../day-users/Disclosure.tsx';
import { LoadError, Loading } from '../day-users/ui.tsx';
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

/** A button that opens a form, and the success note after it closes. */
function FormToggle({
  label,
  heading,
  saved,
  color,
  variant,
  children,
}: {
  label: string;
  heading: string;
  saved?: string;
  color?: 'danger';
  variant?: 'primary';
  children: (done: () => void, close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(0);
  return (
    <>
      {saved && (
        <div role="status">
          {done > 0 && !open && (
            <Alert key={done} data-color="success" data-size="sm">
              <Paragraph data-size="sm">{saved}</Paragraph>
            </Alert>
          )}
        </div>
      )}
      <Disclosure
        label={label}
        heading={heading}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setDone(0);
        }}
        {...(color ? { color } : {})}
        {...(variant ? { variant } : {})}
      >
        {(close) =>
          children(() => {
            setDone((n) => n + 1);
            close();
          }, close)
        }
      </Disclosure>
    </>
  );
}

function Contacts({ me, theCase }: { me: Authenticated; theCase: ReestablishmentCase }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('reestablishment.contacts.heading')}{' '}
        <span className="havn-muted">
          ({t('reestablishment.contacts.count', { count: theCase.contacts.length })})
        </span>
      </Heading>
      <FormToggle
        label={t('reestablishment.contacts.form.open')}
        heading={t('reestablishment.contacts.form.heading')}
        saved={t('reestablishment.contacts.form.saved')}
        variant="primary"
      >
        {(done, close) => <ContactForm me={me} theCase={theCase} onDone={done} onCancel={close} />}
      </FormToggle>
      {theCase.contacts.length === 0 ? (
        <Paragraph>{t('reestablishment.contacts.none')}</Paragraph>
      ) : (
        <ol className="havn-ds-cards" aria-label={t('reestablishment.contacts.listLabel')}>
          {theCase.contacts.map((c) => (
            <li key={c.id}>
              <ContactCard contact={c} />
            </li>
          ))}
        </ol>
      )}
    </section>
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
      <div className="havn-ds-actions">
        <Link asChild>
          <RouterLink to={`/people/${encodeURIComponent(theCase.person.id)}`}>
            {t('reestablishment.case.personLink', { name: theCase.person.displayName })}
          </RouterLink>
        </Link>
      </div>
      <div role="status">
        {!isOpen && (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('reestablishment.case.endedNote')}</Paragraph>
          </Alert>
        )}
      </div>
      {isOpen && (
        <FormToggle
          label={t('reestablishment.case.edit')}
          heading={t('reestablishment.case.editHeading')}
          saved={t('reestablishment.case.saved')}
        >
          {(done, close) => <EditForm me={me} theCase={theCase} onDone={done} onCancel={close} />}
        </FormToggle>
      )}
      <Contacts me={me} theCase={theCase} />
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
      {(me) => {
        if (theCase.isPending) return <Loading text={t('reestablishment.loading')} />;
        if (theCase.isError) {
          const refusal = refusalOf(theCase.error);
          if (refusal)
            return (
              <>
                <RecordRefusal
                  reason={refusal}
                  record={{ recordType: 'reestablishment_case', recordId: id }}
                />
                <BackToList />
              </>
            );
          return <LoadError error={theCase.error} retry={() => theCase.refetch()} />;
        }
        return <CaseScreen me={me} theCase={theCase.data} />;
      }}
    </ReestablishmentPage>
  );
}
