import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api, dataOf } from '../../api/http.ts';
import { refreshMe, type Authenticated } from '../../auth/me.ts';
import { formatDayTime } from '../../lib/datetime.ts';

/**
 * After a login: how many passwords and codes failed on the account since the last one, so that
 * someone guessing at it does not go unnoticed. Stays until the person says they have seen it.
 */
export function FailedAttemptsNotice({ me }: { me: Authenticated }) {
  const { t } = useTranslation();
  const seen = useMutation({
    mutationFn: () => dataOf(api.POST('/api/auth/failed-attempts/seen')),
    onSuccess: () => refreshMe(),
  });
  if (!me.failedAttempts) return null;
  const { count, since } = me.failedAttempts;
  return (
    <Alert data-color="warning" className="havn-failed-attempts">
      <Paragraph>
        {t('account.failedAttempts.text', { count, time: formatDayTime(since) })}
      </Paragraph>
      <div className="havn-actions">
        <Link asChild>
          <RouterLink to="/konto/passord">{t('account.failedAttempts.changePassword')}</RouterLink>
        </Link>
        <Button
          variant="secondary"
          data-size="sm"
          loading={seen.isPending}
          onClick={() => seen.mutate()}
        >
          {t('account.failedAttempts.dismiss')}
        </Button>
      </div>
      {seen.isError && (
        <Paragraph data-size="sm" role="alert">
          {t('account.failedAttempts.dismissFailed')}
        </Paragraph>
      )}
    </Alert>
  );
}
