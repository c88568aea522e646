import { noticeRecipients, type NoticeRecipient } from '@havn/domain';
import { Alert, Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../../day-service/oslo-time.ts';
import { useNotice, useRecordNotice, type Intake } from '../intake-api.ts';
import { SaveError } from '../ui.tsx';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

/** The minimal notice of arrival: shown for copying or printing, then recorded as sent. */
function NoticePanel({ intake, recipient }: { intake: Intake; recipient: NoticeRecipient }) {
  const { t } = useTranslation();
  const allowed = intake.mayShare[recipient] && intake.eligibility.homeMunicipality !== null;
  const notice = useNotice(intake.id, recipient, allowed);
  const record = useRecordNotice(intake.id, recipient);
  const [copied, setCopied] = useState(false);
  const headingId = `notice-${recipient}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t(`intake.flags.noticeFor.${recipient}`)}
      </Heading>
      {!allowed ? (
        <Paragraph>{t('intake.flags.noConsent')}</Paragraph>
      ) : notice.data ? (
        <>
          <pre className="havn-intake__notice" aria-label={t('intake.flags.noticeText')}>
            {notice.data.text}
          </pre>
          <div className="havn-intake__actions">
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() =>
                void navigator.clipboard?.writeText(notice.data.text).then(() => setCopied(true))
              }
            >
              {t('intake.flags.copy')}
            </Button>
            <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
              {t('intake.flags.print')}
            </Button>
            <Button data-size="sm" loading={record.isPending} onClick={() => record.mutate()}>
              {t('intake.flags.markSent')}
            </Button>
          </div>
          {copied && <Paragraph role="status">{t('intake.flags.copied')}</Paragraph>}
          <SaveError error={record.error} attempt={record.submittedAt} />
          <ul>
            {intake.notices
              .filter((n) => n.recipient === recipient)
              .map((n) => (
                <li key={`${n.sentOn}-${n.sentBy.id}`}>
                  {t('intake.flags.sent', { date: formatShortDate(n.sentOn), name: n.sentBy.name })}
                </li>
              ))}
          </ul>
        </>
      ) : (
        <SaveError error={notice.error} attempt={0} />
      )}
    </section>
  );
}

/** Flags that start work at once, the tasks they made, and the notices of arrival. */
export function FlagsStep({ intake, onDone }: StepProps) {
  const { t } = useTranslation();
  const step = useStep(intake.id, 'flags');
  const [forcedMarriage, setForcedMarriage] = useState(intake.flags.forcedMarriageSuspected);
  const [asylum, setAsylum] = useState(intake.flags.asylumSeeker);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    step.save({
      version: intake.version,
      forcedMarriageSuspected: forcedMarriage,
      asylumSeeker: asylum,
    });
  };
  return (
    <div className="havn-intake__form">
      <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
        <Heading level={3} data-size="xs">
          {t('intake.flags.heading')}
        </Heading>
        {step.error}
        <Checkbox
          label={t('intake.flags.forcedMarriage')}
          description={t('intake.flags.forcedMarriageDescription')}
          checked={forcedMarriage}
          onChange={(e) => setForcedMarriage(e.target.checked)}
        />
        <Checkbox
          label={t('intake.flags.asylumSeeker')}
          description={t('intake.flags.asylumSeekerDescription')}
          checked={asylum}
          onChange={(e) => setAsylum(e.target.checked)}
        />
        <div>
          <Button type="submit" variant="secondary" loading={step.pending}>
            {t('intake.saveOnly')}
          </Button>
        </div>
      </form>
      <section aria-labelledby="intake-tasks">
        <Heading level={3} data-size="xs" id="intake-tasks">
          {t('intake.flags.tasks')}
        </Heading>
        {intake.tasks.length === 0 ? (
          <Paragraph>{t('intake.flags.noTasks')}</Paragraph>
        ) : (
          <ul>
            {intake.tasks.map((task) => (
              <li key={task.id}>
                {task.ref ? t(`intake.flags.taskRefs.${task.ref}`) : task.description}
                {task.doneAt && ` (${t('intake.flags.done')})`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="intake-notices">
        <Heading level={3} data-size="xs" id="intake-notices">
          {t('intake.flags.notices')}
        </Heading>
        {noticeRecipients.map((r) => (
          <NoticePanel key={r} intake={intake} recipient={r} />
        ))}
      </section>
      {intake.stepsSaved.includes('flags') ? (
        <div>
          <Button onClick={onDone}>{t('intake.household.continue')}</Button>
        </div>
      ) : (
        <Alert data-color="info">
          <Paragraph>{t('intake.errors.stepMissing')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
