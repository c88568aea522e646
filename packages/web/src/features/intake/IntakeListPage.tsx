import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { formatShortDate } from '../day-service/oslo-time.ts';
import type { PersonRef } from '../day-service/day-users-api.ts';
import { PersonPicker } from '../day-service/PersonPicker.tsx';
import { useIntakes, useStartIntake } from './intake-api.ts';
import { IntakeFrame, LoadError, Loading, SaveError } from './ui.tsx';

function GoingOn() {
  const { t } = useTranslation();
  const intakes = useIntakes();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('intake.list.heading')}
      </Heading>
      {intakes.isPending ? (
        <Loading text={t('intake.loading')} />
      ) : intakes.isError ? (
        <LoadError error={intakes.error} retry={intakes.refetch} />
      ) : intakes.data.length === 0 ? (
        <Paragraph>{t('intake.list.empty')}</Paragraph>
      ) : (
        <ul className="havn-intake__list">
          {intakes.data.map((i) => (
            <li key={i.id}>
              <Card data-color="neutral">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink
                      to={`/intake/${encodeURIComponent(i.id)}`}
                      aria-label={t('intake.list.resume', { name: i.person.displayName })}
                    >
                      {i.person.displayName}
                    </RouterLink>
                  </Link>
                </Heading>
                <Paragraph data-size="sm">
                  {i.children > 0
                    ? t('intake.list.children', { count: i.children })
                    : t('intake.list.noChildren')}
                  {' · '}
                  {t('intake.list.next', { step: t(`intake.steps.${i.nextStep}`) })}
                  {' · '}
                  {t('intake.list.startedAt', { date: formatShortDate(i.createdAt.slice(0, 10)) })}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StartNew() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartIntake();
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const headingId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setError(t('intake.start.personMissing'));
      return;
    }
    setAttempt((n) => n + 1);
    start.mutate(
      { personId: person.id, children: [] },
      { onSuccess: ({ id }) => void navigate(`/intake/${encodeURIComponent(id)}`) },
    );
  };
  const conflict = start.error instanceof ApiError && start.error.code === 'conflict';
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('intake.start.heading')}
      </Heading>
      <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
        {conflict ? (
          <SaveError
            error={new ApiError(409, 'conflict', [], t('intake.start.alreadyGoing'))}
            attempt={attempt}
          />
        ) : (
          <SaveError error={start.error} attempt={attempt} />
        )}
        <PersonPicker
          label={t('intake.start.person')}
          description={t('intake.start.personDescription')}
          value={person}
          onChange={(p) => {
            setPerson(p);
            setError(undefined);
          }}
          error={error}
          accept={(hit) => !hit.isChild}
        />
        <div className="havn-intake__actions">
          <Button type="submit" loading={start.isPending}>
            {t('intake.start.submit')}
          </Button>
          <Link asChild>
            <RouterLink to="/people/new">{t('intake.start.registerPerson')}</RouterLink>
          </Link>
        </div>
      </form>
    </section>
  );
}

/** /intake: the intakes going on to resume, and a new one for a person found by name. */
export function IntakeListPage() {
  const { t } = useTranslation();
  return (
    <IntakeFrame title={t('intake.title')}>
      {() => (
        <>
          <GoingOn />
          <StartNew />
        </>
      )}
    </IntakeFrame>
  );
}
