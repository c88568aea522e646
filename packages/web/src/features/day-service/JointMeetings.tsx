import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { formatDayAndTime, formatShortDate, osloDate } from './oslo-time.ts';
import { Disclosure } from './Disclosure.tsx';
import { LoadError, Loading } from './ui.tsx';
import { useStaffDirectory } from '../staff/directory-api.ts';
import { MeetingForm } from './MeetingForm.tsx';
import {
  useCompleteTask,
  useMeetings,
  usePartnerOptions,
  type JointMeeting,
  type MeetingTask,
  type PartnerOption,
} from './meetings-api.ts';

function TaskItem({
  me,
  task,
  partnerName,
}: {
  me: Authenticated;
  task: MeetingTask;
  partnerName: (id: string) => string | null;
}) {
  const { t } = useTranslation();
  const complete = useCompleteTask();
  const textId = useId();
  const directory = useStaffDirectory();
  let owner: string;
  if (task.ownerUserId === me.user.id) owner = t('dayService.you', { name: me.user.displayName });
  else if (task.ownerUserId)
    owner =
      directory.data?.find((s) => s.id === task.ownerUserId)?.name ??
      t('dayService.meetings.ownerColleague');
  else if (task.ownerPartnerId)
    owner = partnerName(task.ownerPartnerId) ?? t('dayService.meetings.ownerPartner');
  else owner = t('dayService.meetings.ownerNone');
  const overdue = !task.done && task.dueOn < osloDate();
  return (
    <li>
      <span className="havn-ds-task__text" id={textId} tabIndex={-1}>
        <span>{task.description}</span>
        <span className="havn-muted">
          {t('dayService.meetings.owner', { owner })} ·{' '}
          {t('dayService.meetings.due', { date: formatShortDate(task.dueOn) })}
        </span>
      </span>
      <span className="havn-tags">
        {task.done && (
          <Tag data-color="success" data-size="sm">
            {t('dayService.meetings.done')}
          </Tag>
        )}
        {overdue && (
          <Tag data-color="warning" data-size="sm">
            {t('dayService.meetings.overdue')}
          </Tag>
        )}
        {!task.done && (
          <Button
            variant="secondary"
            data-size="sm"
            loading={complete.isPending}
            aria-label={t('dayService.meetings.markDoneFor', { task: task.description })}
            onClick={() => {
              if (complete.isPending) return;
              // Once the list shows it done, the button is gone: focus goes to the task.
              complete.mutate(task.id, {
                onSuccess: () => document.getElementById(textId)?.focus(),
              });
            }}
          >
            {t('dayService.meetings.markDone')}
          </Button>
        )}
      </span>
      {complete.isError && (
        <Paragraph data-size="sm" role="alert">
          {t(errorMessageKey(complete.error))}
        </Paragraph>
      )}
    </li>
  );
}

function MeetingCard({
  me,
  meeting,
  partners,
}: {
  me: Authenticated;
  meeting: JointMeeting;
  partners: PartnerOption[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const partnerName = (id: string) =>
    meeting.partners.find((p) => p.id === id)?.name ??
    partners.find((p) => p.id === id)?.name ??
    null;
  return (
    <Card data-color="neutral" asChild>
      <article className="havn-ds-card" aria-labelledby={headingId}>
        <Heading level={3} data-size="2xs" id={headingId}>
          {t('dayService.meetings.held', { time: formatDayAndTime(meeting.heldAt) })}
        </Heading>
        <dl className="havn-ds-facts">
          <dt>{t('dayService.meetings.partners')}</dt>
          <dd>{meeting.partners.map((p) => p.name).join(', ')}</dd>
          {meeting.attendees && (
            <>
              <dt>{t('dayService.meetings.attendees')}</dt>
              <dd>{meeting.attendees}</dd>
            </>
          )}
          {meeting.decisions && (
            <>
              <dt>{t('dayService.meetings.decisions')}</dt>
              <dd>{meeting.decisions}</dd>
            </>
          )}
        </dl>
        <Heading level={4} data-size="2xs">
          {t('dayService.meetings.tasks')}
        </Heading>
        {meeting.tasks.length === 0 ? (
          <Paragraph data-size="sm">{t('dayService.meetings.noTasks')}</Paragraph>
        ) : (
          <ul className="havn-ds-tasks">
            {meeting.tasks.map((task) => (
              <TaskItem key={task.id} me={me} task={task} partnerName={partnerName} />
            ))}
          </ul>
        )}
      </article>
    </Card>
  );
}

/**
 * The joint meetings about one person, newest first, each with its follow-up tasks, and
 * "Registrer samarbeidsmøte".
 */
export function JointMeetings({ me, personId }: { me: Authenticated; personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const meetings = useMeetings(personId);
  const partners = usePartnerOptions();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(0);

  let list;
  if (meetings.isPending) list = <Loading text={t('dayService.meetings.loading')} />;
  else if (meetings.isError)
    list = <LoadError error={meetings.error} retry={() => meetings.refetch()} />;
  else if (meetings.data.length === 0)
    list = <Paragraph>{t('dayService.meetings.none')}</Paragraph>;
  else
    list = (
      <ul className="havn-ds-cards">
        {meetings.data.map((meeting) => (
          <li key={meeting.id}>
            <MeetingCard me={me} meeting={meeting} partners={partners.data ?? []} />
          </li>
        ))}
      </ul>
    );

  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('dayService.meetings.heading')}
      </Heading>
      <div role="status">
        {saved > 0 && !open && (
          <Alert key={saved} data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('dayService.meetings.form.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      <Disclosure
        label={t('dayService.meetings.form.open')}
        heading={t('dayService.meetings.form.heading')}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setSaved(0);
        }}
      >
        {(close) =>
          partners.isPending ? (
            <Loading text={t('dayService.meetings.loading')} />
          ) : partners.isError ? (
            <LoadError error={partners.error} retry={() => partners.refetch()} />
          ) : (
            <MeetingForm
              me={me}
              personId={personId}
              partners={partners.data}
              onDone={() => {
                setSaved((n) => n + 1);
                close();
              }}
              onCancel={close}
            />
          )
        }
      </Disclosure>
      {list}
    </section>
  );
}
