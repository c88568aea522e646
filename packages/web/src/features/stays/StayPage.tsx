import { decide } from '@havn/domain';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { actorOf, can } from '../../auth/me.ts';
import { RecordRefusal, refusalOf } from '../access/RecordRefusal.tsx';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { formatDayAndTime } from '../day-service/oslo-time.ts';
import { ChildrenSection } from '../children/ChildrenSection.tsx';
import { CorrectionDialog, DepartureDialog } from '../departures/index.ts';
import { MoveOutPlanSection } from '../move-out/index.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { ClockPanel } from './ClockPanel.tsx';
import { FactsSection } from './FactsSection.tsx';
import { JournalSection } from './Journal.tsx';
import { PlanSection } from './PlanSection.tsx';
import { ProtectionSection } from '../protection/ProtectionSection.tsx';
import { useStay, type Stay } from './stays-api.ts';
import { TaskForm, TaskList } from './Tasks.tsx';
import { TransitionHomeNotice } from './TransitionHomeNotice.tsx';
import './stays.css';

function TasksSection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  return (
    <section className="havn-stays__section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('stays.tasks.heading')}
      </Heading>
      <TaskList
        stayId={stay.id}
        tasks={stay.tasks.filter((task) => task.source !== 'plan')}
        empty={t('stays.tasks.none')}
        label={t('stays.tasks.heading')}
      />
      <Disclosure
        label={t('stays.tasks.add')}
        heading={t('stays.tasks.add')}
        open={adding}
        onOpenChange={setAdding}
      >
        {(close) => <TaskForm stayId={stay.id} measure={false} onDone={close} />}
      </Disclosure>
    </section>
  );
}

function AppointmentsSection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const headingId = useId();
  const nameOf = (personId: string) =>
    [stay.person, ...stay.children].find((p) => p.id === personId)?.displayName ?? '';
  const items = [
    ...stay.appointments.map((a) => ({
      id: a.id,
      at: a.startsAt,
      text: `${t(`dayService.places.${a.place}`)} · ${nameOf(a.personId)}`,
      cancelled: a.cancelled,
    })),
    ...stay.jointMeetings.map((m) => ({
      id: m.id,
      at: m.heldAt,
      text: `${t('stays.appointments.meeting')} · ${[nameOf(m.personId), ...m.partners].join(', ')}`,
      cancelled: false,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="havn-stays__section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('stays.appointments.heading')}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{t('stays.appointments.none')}</Paragraph>
      ) : (
        <ul className="havn-stays__list">
          {items.map((item) => (
            <li key={item.id}>
              <time dateTime={item.at}>{formatDayAndTime(item.at)}</time> — {item.text}{' '}
              {item.cancelled && (
                <Tag data-size="sm" data-color="neutral">
                  {t('stays.appointments.cancelled')}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Ending the stay (anyone on duty) and correcting its dates (the unit leader only). */
function DepartureActions({ stay }: { stay: Stay }) {
  const me = useAuthenticated();
  const stayQuery = useStay(stay.id);
  const refresh = () => void stayQuery.refetch();
  return (
    <div className="havn-stays__actions">
      {stay.departureAt === null && can(me, 'departures.register') && (
        <DepartureDialog stayId={stay.id} version={stay.version} onDone={refresh} />
      )}
      {can(me, 'stays.correct') && <CorrectionDialog stayId={stay.id} onDone={refresh} />}
    </div>
  );
}

function StayBody({ stay }: { stay: Stay }) {
  return (
    <>
      <PageHeading>{stay.person.displayName}</PageHeading>
      <ClockPanel stay={stay} />
      <TransitionHomeNotice home={stay.transitionHome} />
      <DepartureActions stay={stay} />
      <FactsSection stay={stay} />
      <ProtectionSection stayId={stay.id} intakeId={stay.intakeId} />
      <PlanSection stay={stay} />
      <JournalSection stay={stay} />
      <TasksSection stay={stay} />
      <MoveOutPlanSection stayId={stay.id} />
      <AppointmentsSection stay={stay} />
      {stay.children.length > 0 && <ChildrenSection stayId={stay.id} />}
    </>
  );
}

/**
 * /stays/:id — the page a primary contact works from. The document title never holds the name
 * (it would stay in the browser's history); the heading does.
 */
export function StayPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const { id = '' } = useParams();
  useDocumentTitle(t('stays.page.title'));
  const gate = decide(actorOf(me), 'stays.work');
  const stay = useStay(id);
  let body;
  if (!gate.allowed) {
    body = (
      <>
        <PageHeading>{t('stays.page.title')}</PageHeading>
        <RecordRefusal reason={gate.reason} />
      </>
    );
  } else if (stay.isPending) {
    body = (
      <>
        <PageHeading>{t('stays.page.title')}</PageHeading>
        <Loading text={t('stays.page.loading')} />
      </>
    );
  } else if (stay.isError) {
    const refusal = refusalOf(stay.error);
    body = (
      <>
        <PageHeading>{t('stays.page.title')}</PageHeading>
        {refusal ? (
          <RecordRefusal reason={refusal} record={{ recordType: 'stay', recordId: id }} />
        ) : (
          <LoadError error={stay.error} retry={stay.refetch} />
        )}
      </>
    );
  } else {
    body = <StayBody stay={stay.data} />;
  }
  return (
    <div className="havn-page havn-stays">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/stays">{t('stays.page.back')}</RouterLink>
        </Link>
      </Paragraph>
      <OffShiftNotice me={me} />
      {body}
    </div>
  );
}
