import { dayUserEndReasons } from '@havn/domain';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { Authenticated } from '../../auth/me.ts';
import { CaseActions } from '../../lib/CaseActions.tsx';
import { CaseQueryView } from '../../lib/CaseQueryView.tsx';
import { CaseRecords } from '../../lib/CaseRecords.tsx';
import { EndCaseForm } from '../../lib/EndCaseForm.tsx';
import { FormToggle } from '../../lib/FormToggle.tsx';
import { VisitCard } from '../../lib/VisitCard.tsx';
import { formatShortDate } from './oslo-time.ts';
import { JointMeetings } from './JointMeetings.tsx';
import { useCase, useEndCase, type DayUserCase, type Visit } from './day-users-api.ts';
import { Perpetrators } from './Perpetrators.tsx';
import { PrimaryContact } from './PrimaryContact.tsx';
import { DayServicePage } from './ui.tsx';
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

function CaseScreen({ me, dayCase }: { me: Authenticated; dayCase: DayUserCase }) {
  const { t } = useTranslation();
  const isOpen = dayCase.endedOn === null;
  const end = useEndCase(dayCase.id);
  const bookLink = `/calendar/ny?${new URLSearchParams({ person: dayCase.person.id, sak: dayCase.id })}`;
  return (
    <>
      <Facts dayCase={dayCase} />
      {isOpen && <PrimaryContact me={me} dayCase={dayCase} />}
      <CaseActions
        personId={dayCase.person.id}
        personLink={t('dayService.case.personLink', { name: dayCase.person.displayName })}
        endedNote={isOpen ? null : t('dayService.case.endedNote')}
      >
        {isOpen && (
          <Button asChild>
            <RouterLink to={bookLink}>{t('dayService.case.book')}</RouterLink>
          </Button>
        )}
      </CaseActions>
      <CaseRecords
        heading={t('dayService.visits.heading')}
        count={t('dayService.visits.count', { count: dayCase.visits.length })}
        form={
          isOpen
            ? {
                label: t('dayService.visits.form.open'),
                heading: t('dayService.visits.form.heading'),
                saved: t('dayService.visits.form.saved'),
                render: (done, close) => (
                  <VisitForm me={me} dayCase={dayCase} onDone={done} onCancel={close} />
                ),
              }
            : null
        }
        none={t('dayService.visits.none')}
        listLabel={t('dayService.visits.listLabel')}
        items={dayCase.visits}
        card={(visit) => <DayVisitCard visit={visit} />}
      />
      <Perpetrators dayCase={dayCase} />
      <JointMeetings me={me} personId={dayCase.person.id} />
      {isOpen && (
        <FormToggle
          label={t('dayService.end.open')}
          heading={t('dayService.end.heading')}
          color="danger"
        >
          {(done, close) => (
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
      {(me) => (
        <CaseQueryView
          query={dayCase}
          loadingText={t('dayService.case.loading')}
          record={{ recordType: 'day_user_case', recordId: id }}
          back={
            <Paragraph>
              <Link asChild>
                <RouterLink to="/day-users">{t('dayService.case.back')}</RouterLink>
              </Link>
            </Paragraph>
          }
        >
          {(data) => <CaseScreen me={me} dayCase={data} />}
        </CaseQueryView>
      )}
    </DayServicePage>
  );
}
