import { concernTextMinLength } from '@havn/domain';
import { Alert, Button, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { concernPath, useRegisterConcern } from './children-api.ts';
import { useFieldErrors } from '../../lib/useFieldErrors.ts';
import { SubmitError } from './SubmitError.tsx';

/**
 * Registers a §6 concern about the child. Anyone on duty may; what happens next (assessment,
 * sending) is a coordinator's, so the link to the concern shows only to those who may follow it.
 */
export function ConcernForm({
  stayId,
  personId,
  canFollowUp,
  onCancel,
}: {
  stayId: string;
  personId: string;
  canFollowUp: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const register = useRegisterConcern(stayId, personId);
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors(['concern'] as const);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const concern = String(new FormData(event.currentTarget).get('concern') ?? '').trim();
    register.reset();
    const tooShort = concern.length < concernTextMinLength;
    if (show(tooShort ? { concern: t('children.concerns.errors.tooShort') } : {})) return;
    setAttempt((n) => n + 1);
    register.mutate(concern);
  };

  if (register.isSuccess) {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('children.concerns.registered')}</Paragraph>
        {canFollowUp && (
          <Link asChild>
            <RouterLink to={concernPath(register.data.id)}>
              {t('children.concerns.open')}
            </RouterLink>
          </Link>
        )}
      </Alert>
    );
  }

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SubmitError
        mutation={register}
        attempt={attempt}
        hasFieldErrors={Object.keys(errors).length > 0}
      />
      <Textfield
        ref={refs.concern as Ref<HTMLTextAreaElement>}
        multiline
        rows={5}
        name="concern"
        label={t('children.concerns.text')}
        description={t('children.concerns.textHint')}
        maxLength={4000}
        error={errors.concern}
      />
      <div className="havn-actions">
        <Button type="submit" loading={register.isPending}>
          {t('children.concerns.submit')}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
