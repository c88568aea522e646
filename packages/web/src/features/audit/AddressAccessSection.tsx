import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import {
  formatAuditTime,
  useAddressAccess,
  useReviewAddressAccess,
  type AddressAccess,
  type RecordLookup,
} from './audit-api.ts';
import { AuditFact } from './AuditFact.tsx';
import { ReviewButton } from './ReviewButton.tsx';
import { ReviewCard } from './ReviewCard.tsx';
import { ReviewSection } from './ReviewSection.tsx';
import './audit.css';

function AccessCard({
  item,
  reviewing,
  onReview,
  onShowHistory,
}: {
  item: AddressAccess;
  reviewing: boolean;
  onReview: () => void;
  onShowHistory: ((lookup: RecordLookup) => void) | null;
}) {
  const { t } = useTranslation();
  const time = formatAuditTime(item.grantedAt);
  return (
    <ReviewCard
      title={t('auditLog.addressAccess.title', { name: item.userName, time })}
      facts={
        <>
          <AuditFact label={t('auditLog.addressAccess.protection')}>
            {t(`auditLog.addressAccess.protections.${item.protection}`)}
          </AuditFact>
          <AuditFact label={t('auditLog.addressAccess.caseType')}>
            {t(`auditLog.addressAccess.caseTypes.${item.caseType}`)}
          </AuditFact>
          <AuditFact label={t('auditLog.addressAccess.grantedBy')}>{item.grantedByName}</AuditFact>
          <AuditFact label={t('auditLog.review.grantedAt')}>
            <time dateTime={item.grantedAt}>{time}</time>
          </AuditFact>
        </>
      }
      actions={
        <>
          <ReviewButton
            label={t('auditLog.addressAccess.markReviewedFor', { name: item.userName, time })}
            reviewing={reviewing}
            onReview={onReview}
          />
          {onShowHistory && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => onShowHistory({ recordType: 'person', recordId: item.personId })}
            >
              {t('auditLog.review.showHistory')}
            </Button>
          )}
        </>
      }
    />
  );
}

/**
 * "Tilgang til beskyttet adresse": who became primary contact (or child-responsible staff) of a
 * person with a protected address, and who named her, each to be marked as reviewed.
 */
export function AddressAccessSection({
  onShowHistory,
}: {
  onShowHistory: ((lookup: RecordLookup) => void) | null;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = useAddressAccess();
  const review = useReviewAddressAccess();

  let body;
  if (items.isPending) {
    body = (
      <Paragraph className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('auditLog.addressAccess.loading')}
      </Paragraph>
    );
  } else if (items.isError) {
    body = (
      <Alert data-color="danger">
        <Paragraph>{t(errorMessageKey(items.error))}</Paragraph>
      </Alert>
    );
  } else if (items.data.length === 0) {
    body = <Paragraph>{t('auditLog.addressAccess.empty')}</Paragraph>;
  } else {
    body = (
      <ul className="havn-audit-grants" aria-label={t('auditLog.addressAccess.listLabel')}>
        {items.data.map((item) => (
          <AccessCard
            key={item.id}
            item={item}
            reviewing={review.isPending && review.variables?.id === item.id}
            onShowHistory={onShowHistory}
            onReview={() => {
              setDone(null);
              review.mutate(item, {
                onSuccess: () => {
                  setDone(t('auditLog.addressAccess.done', { name: item.userName }));
                  headingRef.current?.focus();
                },
              });
            }}
          />
        ))}
      </ul>
    );
  }
  return (
    <ReviewSection
      heading={t('auditLog.addressAccess.heading')}
      intro={t('auditLog.addressAccess.intro')}
      headingRef={headingRef}
      done={done}
      failure={review.isError ? t(errorMessageKey(review.error)) : null}
    >
      {body}
    </ReviewSection>
  );
}
