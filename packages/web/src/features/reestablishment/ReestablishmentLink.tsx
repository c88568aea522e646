import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { listPath } from './ui.tsx';

/**
 * "Følg opp etter oppholdet": opens a new re-establishment case after an ended stay. For the
 * departures page to place next to a registered departure; only record ids go in the address.
 */
export function ReestablishmentLink({ stayId }: { stayId: string }) {
  const { t } = useTranslation();
  return (
    <Link asChild>
      <RouterLink to={`${listPath}/ny?${new URLSearchParams({ opphold: stayId })}`}>
        {t('reestablishment.link')}
      </RouterLink>
    </Link>
  );
}
