import type { ConcernStatus } from '@havn/domain';
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

const colors: Record<ConcernStatus, 'warning' | 'info' | 'success' | 'neutral'> = {
  registered: 'warning',
  assessed: 'info',
  sent: 'success',
  not_sent: 'neutral',
};

/** Where a §6 concern stands, in words and colour. */
export function ConcernStatusTag({ status }: { status: ConcernStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={colors[status]}>
      {t(`children.concernStatuses.${status}`)}
    </Tag>
  );
}
