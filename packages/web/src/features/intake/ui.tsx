import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ConflictReason } from '@havn/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can, type Authenticated } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { FormError } from '../../lib/FormError.tsx';
import './intake.css';

export { LoadError, Loading } from '../day-service/ui.tsx';

/**
 * An intake page: the title (never a person's name), the one h1, and for those on shifts the
 * reminder that being off shift hides records. Without the permission only a refusal.
 */
export function IntakeFrame({
  title,
  children,
}: {
  title: string;
  children: (me: Authenticated) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(title);
  return (
    <div className="havn-page havn-intake">
      <PageHeading>{title}</PageHeading>
      {can(me, 'intake.conduct') ? (
        <>
          <OffShiftNotice me={me} />
          {children(me)}
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('intake.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** The place chosen went to someone else between "find" and "move in". */
const bedGoneReasons = new Set<ConflictReason>([
  'bed_taken',
  'bed_reserved',
  'bed_not_free',
  'place_not_offered',
]);

/** A failed save, announced; a stale version or a bed gone says so in words a person can act on. */
export function SaveError({ error, attempt }: { error: unknown; attempt: number }) {
  const { t } = useTranslation();
  if (!error) return null;
  const reason = error instanceof ApiError ? error.reason : null;
  const message =
    reason === 'stale_version'
      ? t('intake.staleVersion')
      : reason !== null && bedGoneReasons.has(reason)
        ? t('intake.bed.taken')
        : t(errorMessageKey(error));
  return <FormError message={message} attempt={attempt} />;
}
