import { healthNeeds, type HealthNeed } from '@havn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { childRequests, useChildWrite, type Health } from './children-api.ts';
import { SubmitError } from './SubmitError.tsx';

/** The child's health needs and sealed notes, saved with the version read. */
export function HealthForm({
  stayId,
  personId,
  health,
}: {
  stayId: string;
  personId: string;
  health: Health | null;
}) {
  const { t } = useTranslation();
  const save = useChildWrite(childRequests(stayId, personId).saveHealth);
  const [needs, setNeeds] = useState<HealthNeed[]>(health?.needs ?? []);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const notes = String(new FormData(event.currentTarget).get('notes') ?? '').trim();
    save.reset();
    setAttempt((n) => n + 1);
    save.mutate(
      {
        ...(health ? { version: health.version } : {}),
        needs,
        notes: notes === '' ? null : notes,
      },
      { onSuccess: () => setSaved((n) => n + 1) },
    );
  };

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SubmitError mutation={save} attempt={attempt} hasFieldErrors={false} />
      <div role="status">
        {saved > 0 && !save.isPending && (
          <Alert key={saved} data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('children.health.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('children.health.needs')}</Fieldset.Legend>
        {healthNeeds.map((need) => (
          <Checkbox
            key={need}
            label={t(`children.healthNeeds.${need}`)}
            checked={needs.includes(need)}
            onChange={(e) =>
              setNeeds((current) =>
                e.target.checked ? [...current, need] : current.filter((n) => n !== need),
              )
            }
          />
        ))}
      </Fieldset>
      <Textfield
        multiline
        rows={3}
        name="notes"
        label={t('children.health.notes')}
        description={t('children.sealedHint')}
        defaultValue={health?.notes ?? ''}
        maxLength={4000}
      />
      <div className="havn-actions">
        <Button type="submit" variant="secondary" loading={save.isPending}>
          {t('children.health.submit')}
        </Button>
      </div>
    </form>
  );
}
