import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useStartIntake } from './intake-api.ts';

/**
 * "Start inntak" on a logged contact that names a person: the intake takes the person and the
 * contact's topics, so nothing is typed again. A person with an intake going on goes to the list.
 */
export function StartIntakeButton({ contactId, time }: { contactId: string; time: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartIntake();
  return (
    <Button
      variant="secondary"
      data-size="sm"
      loading={start.isPending}
      aria-label={t('intake.start.fromContactFor', { time })}
      onClick={() =>
        start.mutate(
          { contactId },
          {
            onSuccess: ({ id }) => void navigate(`/intake/${encodeURIComponent(id)}`),
            onError: (error) => {
              if (error instanceof ApiError && error.code === 'conflict') void navigate('/intake');
            },
          },
        )
      }
    >
      {t('intake.start.fromContact')}
    </Button>
  );
}
