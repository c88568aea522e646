import { Alert, Button, Paragraph, Spinner, Switch } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { useStaffList } from '../staff/staff-api.ts';
import {
  formatAuditTime,
  isAuditRecordType,
  useGrants,
  useReviewGrant,
  type Grant,
  type RecordLookup,
} from './audit-api.ts';
import { useAuditLabels } from './labels.ts';
import { AuditFact } from './AuditFact.tsx';
import { ReviewButton } from './ReviewButton.tsx';
import { ReviewCard } from './ReviewCard.tsx';
import { ReviewSection } from './ReviewSection.tsx';
import './audit.css';

function ReviewerFromStaffList({ id }: { id: string }) {
  const { t } = useTranslation();
  const name = useStaffList().data?.find((member) => member.id === id)?.displayName;
  return name ? <> {t('auditLog.review.reviewedBy', { name })}</> : null;
}

/** Who reviewed a grant: the reader themselves, or a name from the staff list if they may see it. */
function Reviewer({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  if (id === me.user.id)
    return <> {t('auditLog.review.reviewedBy', { name: me.user.displayName })}</>;
  return can(me, 'staff.list') ? <ReviewerFromStaffList id={id} /> : null;
}

function GrantCard({
  grant,
  reviewing,
  onReview,
  onShowHistory,
}: {
  grant: Grant;
  reviewing: boolean;
  onReview: () => void;
  onShowHistory: ((lookup: RecordLookup) => void) | null;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const labels = useAuditLabels();
  const granted = formatAuditTime(grant.grantedAt);
  const type = labels.recordType(grant.recordType);
  const recordType = grant.recordType;
  const lookup = isAuditRecordType(recordType) ? { recordType, recordId: grant.recordId } : null;
  return (
    <ReviewCard
      title={t('auditLog.review.grantTitle', { name: grant.userName, time: granted })}
      facts={
        <>
          <AuditFact label={t('auditLog.review.record')}>
            {grant.personAlias === null ? (
              <>
                {type} <code className="havn-audit-id">{grant.recordId}</code>
              </>
            ) : (
              t('auditLog.review.recordOf', { type, name: grant.personAlias })
            )}
          </AuditFact>
          <AuditFact label={t('auditLog.review.grantedAt')}>
            <time dateTime={grant.grantedAt}>{granted}</time>
          </AuditFact>
          <AuditFact label={t('auditLog.review.expiresAt')}>
            <time dateTime={grant.expiresAt}>{formatAuditTime(grant.expiresAt)}</time>
          </AuditFact>
          {grant.reviewedAt && (
            <AuditFact label={t('auditLog.review.reviewedAt')}>
              <time dateTime={grant.reviewedAt}>{formatAuditTime(grant.reviewedAt)}</time>
              {grant.reviewedBy && <Reviewer id={grant.reviewedBy} />}
            </AuditFact>
          )}
          <AuditFact label={t('auditLog.review.reason')}>
            <span className="havn-audit-grant__reason">{grant.reason}</span>
          </AuditFact>
        </>
      }
      actions={
        <>
          {grant.reviewedAt === null &&
            (grant.userId === me.user.id ? (
              <Paragraph data-size="sm" className="havn-muted">
                {t('auditLog.review.ownGrant')}
              </Paragraph>
            ) : (
              <ReviewButton
                label={t('auditLog.review.markReviewedFor', {
                  name: grant.userName,
                  time: granted,
                })}
                reviewing={reviewing}
                onReview={onReview}
              />
            ))}
          {lookup && onShowHistory && (
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={t('auditLog.review.showHistoryFor', { type, id: grant.recordId })}
              onClick={() => onShowHistory(lookup)}
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
 * "Til gjennomgang": break-the-glass grants not yet reviewed, each with "Marker som
 * gjennomgått", and a switch to see those already reviewed. A unit leader's own grant waits for
 * another unit leader (the server refuses it too).
 */
export function GrantsSection({
  onShowHistory,
}: {
  onShowHistory: ((lookup: RecordLookup) => void) | null;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reviewed, setReviewed] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const grants = useGrants(reviewed);
  const review = useReviewGrant();

  const markReviewed = (grant: Grant) => {
    setDone(null);
    setFailure(null);
    review.mutate(grant, {
      onSuccess: () => {
        setDone(t('auditLog.review.done', { name: grant.userName }));
        // The grant leaves the list with its button: the keyboard goes back to the list's top.
        headingRef.current?.focus();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          setFailure(
            grant.userId === me.user.id
              ? t('auditLog.review.ownGrant')
              : t('auditLog.review.alreadyReviewed'),
          );
        } else {
          setFailure(t(errorMessageKey(error)));
        }
      },
    });
  };

  let status;
  let list = null;
  if (grants.isPending) {
    status = (
      <Paragraph className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('auditLog.review.loading')}
      </Paragraph>
    );
  } else if (grants.isError) {
    status = (
      <Alert data-color="danger">
        <Paragraph>{t(errorMessageKey(grants.error))}</Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => void grants.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else if (grants.data.length === 0) {
    status = (
      <Paragraph>
        {reviewed ? t('auditLog.review.emptyReviewed') : t('auditLog.review.empty')}
      </Paragraph>
    );
  } else {
    const count = grants.data.length;
    status = (
      <Paragraph data-size="sm" className="havn-muted">
        {reviewed
          ? t('auditLog.review.reviewedCount', { count })
          : t('auditLog.review.count', { count })}
      </Paragraph>
    );
    list = (
      <ul className="havn-audit-grants" aria-label={t('auditLog.review.listLabel')}>
        {grants.data.map((grant) => (
          <GrantCard
            key={grant.id}
            grant={grant}
            reviewing={review.isPending && review.variables.id === grant.id}
            onReview={() => markReviewed(grant)}
            onShowHistory={onShowHistory}
          />
        ))}
      </ul>
    );
  }

  return (
    <ReviewSection
      heading={t('auditLog.review.heading')}
      intro={t('auditLog.review.intro')}
      headingRef={headingRef}
      done={done}
      failure={failure}
      controls={
        <Switch
          label={t('auditLog.review.showReviewed')}
          checked={reviewed}
          onChange={(event) => {
            setReviewed(event.target.checked);
            setDone(null);
            setFailure(null);
          }}
        />
      }
    >
      <div role="status">{status}</div>
      {list}
    </ReviewSection>
  );
}
