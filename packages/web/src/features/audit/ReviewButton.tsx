import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** «Marker som gjennomgått», named for the item it marks; a second press while saving does nothing. */
export function ReviewButton({
  label,
  reviewing,
  onReview,
}: {
  label: string;
  reviewing: boolean;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      data-size="sm"
      loading={reviewing}
      aria-label={label}
      onClick={() => {
        if (!reviewing) onReview();
      }}
    >
      {t('auditLog.review.markReviewed')}
    </Button>
  );
}
