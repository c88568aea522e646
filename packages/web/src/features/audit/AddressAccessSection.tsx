import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/client.ts';
import {
  formatAuditTime,
  useAddressAccess,
  useReviewAddressAccess,
  type AddressAccess,
  type RecordLookup,
} from './audit-api.ts';
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
  const headingId = useId();
  const time = formatAuditTime(item.grantedAt);
  return (
    <li>
      <article className="havn-audit-grant" aria-labelledby={headingId}>
        <Heading level={3} data-size="2xs" id={headingId}>
          {t('auditLog.addressAccess.title', { name: item.userName, time })}
        </Heading>
        <dl className="havn-audit-facts">
          <div>
            <dt>{t('auditLog.addressAccess.protection')}</dt>
            <dd>{t(`auditLog.addressAccess.protections.${item.protection}`)}</dd>
          </div>
          <div>
            <dt>{t('auditLog.addressAccess.caseType')}</dt>
            <dd>{t(`auditLog.addressAccess.caseTypes.${item.caseType}`)}</dd>
          </div>
          <div>
            <dt>{t('auditLog.addressAccess.grantedBy')}</dt>
            <dd>{item.grantedByName}</dd>
          </div>
          <div>
            <dt>{t('auditLog.review.grantedAt')}</dt>
            <dd>
              <time dateTime={item.grantedAt}>{time}</time>
            </dd>
          </div>
        </dl>
        <div className="havn-audit-grant__actions">
          <Button
            data-size="sm"
            loading={reviewing}
            aria-label={t('auditLog.addressAccess.markReviewedFor', { name: item.userName, time })}
            onClick={() => {
              if (!reviewing) onReview();
            }}
          >
            {t('auditLog.review.markReviewed')}
          </Button>
          {onShowHistory && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => onShowHistory({ recordType: 'person', recordId: item.personId })}
            >
              {t('auditLog.review.showHistory')}
            </Button>
          )}
        </div>
      </article>
    </li>
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
  const headingId = useId();
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
    <section className="havn-audit-section" aria-labelledby={headingId}>
      <Heading
        level={2}
        data-size="sm"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="havn-audit-section__heading"
      >
        {t('auditLog.addressAccess.heading')}
      </Heading>
      <Paragraph variant="long">{t('auditLog.addressAccess.intro')}</Paragraph>
      <div role="status">
        {done && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{done}</Paragraph>
          </Alert>
        )}
      </div>
      {review.isError && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">{t(errorMessageKey(review.error))}</Paragraph>
        </Alert>
      )}
      {body}
    </section>
  );
}
