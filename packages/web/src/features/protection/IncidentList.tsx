import { Button, Checkbox, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { formatDateTime } from '../staff/format.ts';
import { useFollowUp, type Incident } from './protection-api.ts';
import { SaveError } from './ui.tsx';

/** Incidents, each with its follow-up; those who work stays record the follow-up here. */
export function IncidentList({
  incidents,
  showResident,
  headingLevel,
}: {
  incidents: Incident[];
  showResident: boolean;
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const mayFollowUp = can(me, 'stays.work');
  return (
    <ul className="havn-protection__list">
      {incidents.map((incident) => (
        <li key={incident.id}>
          <article aria-labelledby={`incident-${incident.id}`}>
            <Heading level={headingLevel} data-size="2xs" id={`incident-${incident.id}`}>
              {showResident ? `${incident.resident}: ` : ''}
              {t(`protection.incident.kinds.${incident.kind}`)} ·{' '}
              {formatDateTime(incident.occurredAt)}
            </Heading>
            <Paragraph className="havn-protection__rules">{incident.description}</Paragraph>
            {incident.measures && (
              <Paragraph className="havn-protection__rules">
                {t('protection.incident.measures')}: {incident.measures}
              </Paragraph>
            )}
            <Paragraph data-size="sm" className="havn-muted">
              {t('protection.incident.reportedBy', {
                name: incident.reportedBy.name,
                at: formatDateTime(incident.reportedAt),
              })}{' '}
              {incident.policeCalled && (
                <Tag data-size="sm" data-color="warning">
                  {t('protection.incident.police')}
                </Tag>
              )}
            </Paragraph>
            {incident.followUpDoneAt ? (
              <Paragraph data-size="sm">
                {incident.followUp} —{' '}
                {t('protection.followUp.doneBy', {
                  at: formatDateTime(incident.followUpDoneAt),
                  name: incident.followUpDoneBy?.name ?? '',
                })}
              </Paragraph>
            ) : mayFollowUp ? (
              <FollowUpForm incident={incident} />
            ) : (
              incident.followUp && <Paragraph data-size="sm">{incident.followUp}</Paragraph>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}

function FollowUpForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const save = useFollowUp(incident.id);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string>();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const data = new FormData(event.currentTarget);
    const text = String(data.get('text') ?? '').trim();
    save.reset();
    setAttempt((n) => n + 1);
    if (!text) {
      setError(t('protection.followUp.errors.text'));
      textRef.current?.focus();
      return;
    }
    setError(undefined);
    save.mutate({ version: incident.version, text, done: data.get('done') === 'on' });
  };
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SaveError mutation={save} attempt={attempt} />
      <Textfield
        ref={textRef}
        multiline
        rows={2}
        name="text"
        label={t('protection.followUp.text')}
        defaultValue={incident.followUp ?? ''}
        maxLength={4000}
        error={error}
      />
      <Checkbox name="done" label={t('protection.followUp.done')} />
      <div>
        <Button type="submit" variant="secondary" data-size="sm" loading={save.isPending}>
          {t('protection.followUp.submit')}
        </Button>
      </div>
    </form>
  );
}
