import { dayUserEndReasons } from '@havn/domain';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordRefusal, refusalOf } from '../access/RecordRefusal.tsx';
import { Link as RouterLink, useParams } from 'react-router';
import type { Authenticated } from '../../auth/me.ts';
import { EndCaseForm } from '../../lib/EndCaseForm.tsx';
import { VisitCard } from '../../lib/VisitCard.tsx';
import { formatShortDate } from '../appointments/oslo-time.ts';
import { JointMeetings } from '../meetings/JointMeetings.tsx';
import { useCase, useEndCase, type DayUserCase, type Visit } from './day-users-api.ts';
import { Disclosure } from './Disclosure.tsx';
import { Perpetrators } from './Perpetrators.tsx';
import { PrimaryContact } from './PrimaryContact.tsx';
import { DayServicePage, LoadError, Loading } from './ui.tsx';
import { VisitForm } from './VisitForm.tsx';

function Facts({ dayCase }: { dayCase: DayUserCase }) {
  const { t } = useTranslation();
  return (
    <dl className="havn-ds-facts">
      <dt>{t('dayService.case.status')}</dt>
      <dd>
        {dayCase.endedOn && dayCase.endReason
          ? t('dayService.case.ended', {
              date: formatShortDate(dayCase.endedOn),
              reason: t(`dayService.endReasons.${dayCase.endReason}`),
            })
          : t('dayService.case.open')}
      </dd>
      <dt>{t('dayService.case.started')}</dt>
      <dd>
        <time dateTime={dayCase.startedOn}>{formatShortDate(dayCase.startedOn)}</time>
      </dd>
      <dt>{t('dayService.case.firstContactBy')}</dt>
      <dd>{t(`dayService.firstContact.${dayCase.firstContactBy}`)}</dd>
      <dt>{t('dayService.case.primaryContact')}</dt>
      <dd>{dayCase.primaryContact?.name ?? t('dayService.case.noPrimaryContact')}</dd>
      {dayCase.sourceContactId && (
        <>
          <dt>{t('dayService.case.source')}</dt>
          <dd>{t('dayService.case.sourceContact')}</dd>
        </>
      )}
    </dl>
  );
}

function DayVisitCard({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <VisitCard
      date={visit.date}
      kindText={t(`dayService.visitKinds.${visit.kind}`)}
      minutesText={t('dayService.visits.minutes', { count: visit.minutes })}
      interpreterText={visit.interpreter ? t('dayService.visits.interpreter') : null}
      staffLabel={t('dayService.visits.staff')}
      staff={visit.staff}
      details={[
        { label: t('dayService.visits.topic'), text: visit.topic },
        { label: t('dayService.visits.agreed'), text: visit.agreed },
      ]}
    />
  );
}

function Visits({ me, dayCase }: { me: Authenticated; dayCase: DayUserCase }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(0);
  const isOpen = dayCase.endedOn === null;
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('dayService.visits.heading')}{' '}
        <span className="havn-muted">
          ({t('dayService.visits.count', { count: dayCase.visits.length })})
        </span>
      </Heading>
      <div role="status">
        {saved > 0 && !open && (
          <Alert key={saved} data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('dayService.visits.form.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      {isOpen && (
        <Disclosure
          label={t('dayService.visits.form.open')}
          heading={t('dayService.visits.form.heading')}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (next) setSaved(0);
          }}
          variant="primary"
        >
          {(close) => (
            <VisitForm
              me={me}
              dayCase={dayCase}
              onDone={() => {
                setSaved((n) => n + 1);
                close();
              }}
              onCancel={close}
            />
          )}
        </Disclosure>
      )}
      {dayCase.visits.length === 0 ? (
        <Paragraph>{t('dayService.visits.none')}</Paragraph>
      ) : (
        <ol className="havn-ds-cards" aria-label={t('dayService.visits.listLabel')}>
          {dayCase.visits.map((visit) => (
            <li key={visit.id}>
              <DayVisitCard visit={visit} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EndCase({ dayCase }: { dayCase: DayUserCase }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const end = useEndCase(dayCase.id);
  return (
    <Disclosure
      label={t('dayService.end.open')}
      heading={t('dayService.end.heading')}
      open={open}
      onOpenChange={setOpen}
      color="danger"
    >
      {(close) => (
        <EndCaseForm
          theCase={dayCase}
          reasons={dayUserEndReasons}
          reasonLabel={(r) => t(`dayService.endReasons.${r}`)}
          end={end}
          texts={{
            date: t('dayService.end.date'),
            reason: t('dayService.end.reason'),
            submit: t('dayService.end.submit'),
            dateMissing: t('dayService.end.errors.dateMissing'),
            beforeStart: t('dayService.end.errors.beforeStart'),
            reasonMissing: t('dayService.end.errors.reasonMissing'),
            conflict: t('dayService.end.errors.conflict'),
          }}
          onDone={close}
          onCancel={close}
        />
      )}
    </Disclosure>
  );
}

function CaseScreen({ me, dayCase }: { me: Authenticated; dayCase: DayUserCase }) {
  const { t } = useTranslation();
  const isOpen = dayCase.endedOn === null;
  const bookLink = `/calendar/ny?${new URLSearchParams({ person: dayCase.person.id, sak: dayCase.id })}`;
  return (
    <>
      <Facts dayCase={dayCase} />
      {isOpen && <PrimaryContact me={me} dayCase={dayCase} />}
      <div className="havn-ds-actions">
        {isOpen && (
          <Button asChild>
            <RouterLink to={bookLink}>{t('dayService.case.book')}</RouterLink>
          </Button>
        )}
        <Link asChild>
          <RouterLink to={`/people/${encodeURIComponent(dayCase.person.id)}`}>
            {t('dayService.case.personLink', { name: dayCase.person.displayName })}
          </RouterLink>
        </Link>
      </div>
      <div role="status">
        {!isOpen && (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('dayService.case.endedNote')}</Paragraph>
          </Alert>
        )}
      </div>
      <Visits me={me} dayCase={dayCase} />
      <Perpetrators dayCase={dayCase} />
      <JointMeetings me={me} personId={dayCase.person.id} />
      {isOpen && <EndCase dayCase={dayCase} />}
    </>
  );
}

/**
 * /day-users/:id: one day user's case: who, since when, its primary contact (the unit leader
 * names her), the visits with "Registrer besøk", the perpetrator information, a link to book an
 * appointment, the joint meetings with their tasks, and ending the case.
 */
export function DayUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dayCase = useCase(id);
  const title = t('dayService.case.title');
  return (
    <DayServicePage
      title={title}
      heading={
        dayCase.data
          ? t('dayService.case.heading', { name: dayCase.data.person.displayName })
          : title
      }
      permission="day_service.manage"
    >
      {(me) => {
        if (dayCase.isPending) return <Loading text={t('dayService.case.loading')} />;
        if (dayCase.isError) {
          const refusal = refusalOf(dayCase.error);
          if (refusal) {
            return (
              <>
                <RecordRefusal
                  reason={refusal}
                  record={{ recordType: 'day_user_case', recordId: id }}
                />
                <Paragraph>
                  <Link asChild>
                    <RouterLink to="/day-users">{t('dayService.case.back')}</RouterLink>
                  </Link>
                </Paragraph>
              </>
            );
          }
          return <LoadError error={dayCase.error} retry={() => dayCase.refetch()} />;
        }
        return <CaseScreen me={me} dayCase={dayCase.data} />;
      }}
    </DayServicePage>
  );
}
