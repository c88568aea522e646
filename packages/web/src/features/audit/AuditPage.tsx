import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { moduleNameKey } from '../../modules.ts';
import { lookupFromState, type RecordLookup } from './audit-api.ts';
import { AddressAccessSection } from './AddressAccessSection.tsx';
import { GrantsSection } from './GrantsSection.tsx';
import { RecordHistorySection, type HistoryRequest } from './RecordHistorySection.tsx';
import './audit.css';

/**
 * /audit, "Logg over innsyn", for the unit leader: break-the-glass grants and gains of access to
 * a protected address to review, and who has
 * seen or changed one record. A record's history can also be opened from a staff member's
 * activity; the record then comes in the router's state, never in the address. Anyone else is
 * told they have no access (the server would refuse them anyway).
 */
export function AuditPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const location = useLocation();
  const name = t(moduleNameKey('audit'));
  useDocumentTitle(name);
  const canReview = can(me, 'break_glass.review');
  const canHistory = can(me, 'audit.read_record_history');
  const [request, setRequest] = useState<HistoryRequest | null>(() => {
    const lookup = lookupFromState(location.state);
    return lookup ? { lookup, round: 1, focus: true } : null;
  });
  const ask = (lookup: RecordLookup, focus: boolean) =>
    setRequest((previous) => ({ lookup, round: (previous?.round ?? 0) + 1, focus }));

  return (
    <div className="havn-page havn-audit-page">
      <PageHeading focusOnNavigation={request === null}>{name}</PageHeading>
      {canReview || canHistory ? (
        <>
          <Paragraph variant="long">{t('auditLog.intro')}</Paragraph>
          {canReview && (
            <GrantsSection onShowHistory={canHistory ? (lookup) => ask(lookup, true) : null} />
          )}
          {canReview && (
            <AddressAccessSection
              onShowHistory={canHistory ? (lookup) => ask(lookup, true) : null}
            />
          )}
          {canHistory && (
            <RecordHistorySection request={request} onLookup={(lookup) => ask(lookup, false)} />
          )}
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('auditLog.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
