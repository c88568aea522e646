import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import type { Household } from '../contacts/contacts-api.ts';
import { SaveError } from './ui.tsx';
import { useStartIntake } from './intake-api.ts';

/** What «Start inntak» needs of a logged contact. */
export interface IntakeSource {
  id: string;
  /** No person linked: the adult is registered by alias with the intake. */
  anonymous: boolean;
  household: Household | null;
  /** When it was logged, as the log shows it. */
  time: string;
}

/**
 * "Start inntak" on a logged contact: the intake takes the person, the contact's topics and its
 * household, so nothing is typed again. An anonymous caller, and the children the contact
 * described, are asked an alias first and registered with the intake. A person with an intake
 * going on goes to the list.
 */
export function StartIntakeButton({ contact }: { contact: IntakeSource }) {
  const { time } = contact;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartIntake();
  const [asking, setAsking] = useState(false);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [attempt, setAttempt] = useState(0);
  const ages = contact.household?.children.map((c) => c.age) ?? [];
  const send = (body: { alias?: string; childAliases?: string[] }) =>
    start.mutate(
      { contactId: contact.id, ...body },
      {
        onSuccess: ({ id }) => void navigate(`/intake/${encodeURIComponent(id)}`),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'conflict') void navigate('/intake');
        },
      },
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const alias = String(form.get('alias') ?? '').trim();
    const childAliases = ages.map((_, i) => String(form.get(`child${i}`) ?? '').trim());
    // The children may also be added in the intake: all of them named here, or none.
    const someChildren = childAliases.some((a) => a !== '');
    const found: Record<string, boolean> = {
      ...(contact.anonymous && alias === '' ? { alias: true } : {}),
      ...Object.fromEntries(
        childAliases.flatMap((a, i) => (someChildren && a === '' ? [[`child${i}`, true]] : [])),
      ),
    };
    setMissing(found);
    setAttempt((n) => n + 1);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(`intake-from-${contact.id}-${first}`)?.focus();
    send({
      ...(contact.anonymous ? { alias } : {}),
      ...(someChildren ? { childAliases } : {}),
    });
  };
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        loading={start.isPending && !asking}
        aria-label={t('intake.start.fromContactFor', { time })}
        onClick={() => (contact.anonymous || ages.length > 0 ? setAsking(true) : send({}))}
      >
        {t('intake.start.fromContact')}
      </Button>
      <Dialog
        open={asking}
        onClose={() => setAsking(false)}
        closeButton={t('common.closeDialog')}
        aria-label={t('intake.start.fromContactFor', { time })}
        className="havn-dialog"
      >
        {asking && (
          <Dialog.Block>
            <form onSubmit={submit} noValidate className="havn-form">
              <Heading level={2} data-size="sm">
                {t('intake.start.fromContactFor', { time })}
              </Heading>
              <Paragraph data-size="sm">{t('intake.start.aliasesIntro')}</Paragraph>
              <SaveError error={start.error} attempt={attempt} />
              {contact.anonymous && (
                <Textfield
                  id={`intake-from-${contact.id}-alias`}
                  name="alias"
                  label={t('intake.start.adultAlias')}
                  error={missing.alias ? t('intake.household.aliasMissing') : undefined}
                  maxLength={100}
                  autoComplete="off"
                />
              )}
              {ages.map((age, i) => (
                <Textfield
                  key={i}
                  id={`intake-from-${contact.id}-child${i}`}
                  name={`child${i}`}
                  label={t('intake.start.childAlias', { n: i + 1, age })}
                  error={missing[`child${i}`] ? t('intake.household.aliasMissing') : undefined}
                  maxLength={100}
                  autoComplete="off"
                />
              ))}
              <div>
                <Button type="submit" loading={start.isPending}>
                  {t('intake.start.submit')}
                </Button>
              </div>
            </form>
          </Dialog.Block>
        )}
      </Dialog>
    </>
  );
}
