import { Alert, Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../api/errors.ts';
import { api, dataOf, type Reply } from '../api/http.ts';

/** `GET /api/health` answers `{ status: 'ok', database }`, or 503 when the database is down. */
type Health = Reply<'/api/health', 'get'>;

const fetchHealth = (signal: AbortSignal): Promise<Health> =>
  dataOf(api.GET('/api/health', { signal }));

/** A card on the start page: is the server up, and which database does it use? */
export function HealthStatus() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
  });

  let content;
  if (health.isPending) {
    content = (
      <Paragraph className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('home.health.checking')}
      </Paragraph>
    );
  } else if (health.isError) {
    const unavailable = health.error instanceof ApiError && health.error.status === 503;
    content = (
      <Alert data-color="danger">
        <Paragraph>
          {unavailable ? t('home.health.unavailable') : t(errorMessageKey(health.error))}
        </Paragraph>
      </Alert>
    );
  } else {
    content = (
      <Paragraph className="havn-status__line havn-status__line--ok">
        {t(`home.health.connected.${health.data.database}`)}
      </Paragraph>
    );
  }

  return (
    <Card data-color="neutral" className="havn-status">
      <Heading level={2} data-size="xs">
        {t('home.health.heading')}
      </Heading>
      <div role="status">{content}</div>
    </Card>
  );
}
