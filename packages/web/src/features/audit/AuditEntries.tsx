import { Alert, Button, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import {
  formatAuditTime,
  isAuditRecordType,
  isUuid,
  type AuditEntry,
  type RecordLookup,
  type useStaffActivity,
} from './audit-api.ts';
import { useAuditLabels } from './labels.ts';
import './audit.css';

type AuditQuery = ReturnType<typeof useStaffActivity>;

/**
 * Who did it: a staff member by name (linking to what else they did, for those who may see
 * that), Havn itself for start-up and command-line work, or someone no longer known here.
 */
function Who({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  if (entry.actor.startsWith('system:')) return <>{t('auditLog.entries.system')}</>;
  if (entry.actorName === null) {
    return <span className="havn-muted">{t('auditLog.entries.unknownActor')}</span>;
  }
  if (!can(me, 'audit.read_staff_activity') || !isUuid(entry.actor)) return <>{entry.actorName}</>;
  return (
    <Link asChild>
      <RouterLink to={`/audit/staff/${entry.actor}`}>{entry.actorName}</RouterLink>
    </Link>
  );
}

/**
 * What the entry is about: the kind of record and its id. The id leads to the record's own
 * history, handed over in the router's state so that it never shows in the address.
 */
function Concerns({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const labels = useAuditLabels();
  if (entry.recordType === null) return <>{t('auditLog.entries.none')}</>;
  const id = entry.recordId;
  const lookup: RecordLookup | null =
    id !== null && isUuid(id) && isAuditRecordType(entry.recordType)
      ? { recordType: entry.recordType, recordId: id }
      : null;
  return (
    <>
      <span className="havn-audit-record__type">{labels.recordType(entry.recordType)}</span>
      {id !== null &&
        (lookup && can(me, 'audit.read_record_history') ? (
          <Link asChild>
            <RouterLink to="/audit" state={{ lookup }} className="havn-audit-id">
              {id}
            </RouterLink>
          </Link>
        ) : (
          <code className="havn-audit-id">{id}</code>
        ))}
    </>
  );
}

function Row({ entry, perspective }: { entry: AuditEntry; perspective: 'record' | 'staff' }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const denied = entry.outcome !== 'success';
  return (
    <Table.Row className={denied ? 'havn-audit-row--denied' : undefined}>
      <Table.HeaderCell scope="row" className="havn-audit-time">
        <time dateTime={entry.at}>{formatAuditTime(entry.at)}</time>
      </Table.HeaderCell>
      {perspective === 'record' && (
        <Table.Cell className="havn-audit-who">
          <Who entry={entry} />
        </Table.Cell>
      )}
      <Table.Cell className="havn-audit-action">{labels.action(entry.action)}</Table.Cell>
      {perspective === 'staff' && (
        <Table.Cell className="havn-audit-record">
          <Concerns entry={entry} />
        </Table.Cell>
      )}
      <Table.Cell>
        <Tag data-color={denied ? 'danger' : 'success'} data-size="sm">
          {labels.outcome(entry.outcome)}
        </Tag>
      </Table.Cell>
      <Table.Cell className="havn-audit-reason">
        {entry.reason ? labels.reason(entry.reason) : t('auditLog.entries.none')}
      </Table.Cell>
      <Table.Cell className="havn-audit-fields">
        {entry.fields.length > 0 ? (
          <code>{entry.fields.join(', ')}</code>
        ) : (
          t('auditLog.entries.none')
        )}
      </Table.Cell>
    </Table.Row>
  );
}

/**
 * Entries of the audit log as a table, newest first, with "Vis eldre" for the next page. One row
 * format for both views: a record's history names who; a staff member's activity names what.
 * Refused and failed attempts are marked. On a narrow screen the table scrolls sideways inside
 * its own focusable region; the page does not.
 */
export function AuditEntries({
  query,
  perspective,
}: {
  query: AuditQuery;
  perspective: 'record' | 'staff';
}) {
  const { t } = useTranslation();
  const regionRef = useRef<HTMLDivElement>(null);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  let status;
  if (query.isPending) {
    status = (
      <Paragraph className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('auditLog.entries.loading')}
      </Paragraph>
    );
  } else if (query.isError && items.length === 0) {
    status = (
      <Alert data-color="danger">
        <Paragraph>{t(errorMessageKey(query.error))}</Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else if (items.length === 0) {
    status = <Paragraph>{t('auditLog.entries.empty')}</Paragraph>;
  } else {
    status = (
      <Paragraph data-size="sm" className="havn-muted">
        {t('auditLog.entries.showing', { count: items.length })}
      </Paragraph>
    );
  }

  const showMore = async () => {
    const result = await query.fetchNextPage();
    // The button goes at the end of the log: keep the keyboard in the table, not lost.
    if (!result.hasNextPage) regionRef.current?.focus();
  };

  return (
    <div className="havn-audit-entries">
      <div role="status">{status}</div>
      {items.length > 0 && (
        <div
          ref={regionRef}
          className="havn-table-scroll"
          role="region"
          aria-label={t('auditLog.entries.tableLabel')}
          tabIndex={0}
        >
          <Table data-size="sm" className="havn-audit-table">
            <caption className="ds-sr-only">{t('auditLog.entries.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('auditLog.entries.columns.time')}</Table.HeaderCell>
                {perspective === 'record' && (
                  <Table.HeaderCell>{t('auditLog.entries.columns.who')}</Table.HeaderCell>
                )}
                <Table.HeaderCell>{t('auditLog.entries.columns.action')}</Table.HeaderCell>
                {perspective === 'staff' && (
                  <Table.HeaderCell>{t('auditLog.entries.columns.record')}</Table.HeaderCell>
                )}
                <Table.HeaderCell>{t('auditLog.entries.columns.outcome')}</Table.HeaderCell>
                <Table.HeaderCell>{t('auditLog.entries.columns.reason')}</Table.HeaderCell>
                <Table.HeaderCell>{t('auditLog.entries.columns.fields')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((entry) => (
                <Row key={entry.seq} entry={entry} perspective={perspective} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {query.isFetchNextPageError && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">{t(errorMessageKey(query.error))}</Paragraph>
        </Alert>
      )}
      {query.hasNextPage && (
        <div>
          <Button
            variant="secondary"
            loading={query.isFetchingNextPage}
            onClick={() => {
              if (!query.isFetchingNextPage) void showMore();
            }}
          >
            {t('auditLog.entries.more')}
          </Button>
        </div>
      )}
    </div>
  );
}
