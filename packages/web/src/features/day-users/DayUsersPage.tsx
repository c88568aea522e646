import { Button, Heading, Link, Paragraph, Table, ToggleGroup } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { formatShortDate } from '../appointments/oslo-time.ts';
import { caseStatuses, useCases, type CaseStatus, type CaseSummary } from './day-users-api.ts';
import { DayServicePage, LoadError, Loading } from './ui.tsx';

const isStatus = (value: string | null): value is CaseStatus =>
  (caseStatuses as readonly (string | null)[]).includes(value);

function CaseTable({ status, cases }: { status: CaseStatus; cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const caption = t(`dayService.cases.caption.${status}`);
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {caption}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{t(`dayService.cases.empty.${status}`)}</Paragraph>
      ) : (
        <div
          className="havn-ds-scroll"
          role="region"
          aria-label={t('dayService.cases.tableLabel')}
          tabIndex={0}
        >
          <Table data-size="sm" zebra className="havn-ds-table">
            <caption className="ds-sr-only">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('dayService.cases.columns.person')}</Table.HeaderCell>
                <Table.HeaderCell>{t('dayService.cases.columns.started')}</Table.HeaderCell>
                <Table.HeaderCell>{t('dayService.cases.columns.visits')}</Table.HeaderCell>
                <Table.HeaderCell>{t('dayService.cases.columns.lastVisit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('dayService.cases.columns.ended')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {cases.map((c) => (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/day-users/${encodeURIComponent(c.id)}`}>
                        {c.person.displayName}
                      </RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>
                    <time dateTime={c.startedOn}>{formatShortDate(c.startedOn)}</time>
                  </Table.Cell>
                  <Table.Cell className="havn-number">{c.visits}</Table.Cell>
                  <Table.Cell>
                    {c.lastVisit ? (
                      <time dateTime={c.lastVisit}>{formatShortDate(c.lastVisit)}</time>
                    ) : (
                      <span className="havn-muted">{t('dayService.cases.none')}</span>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {c.endedOn ? (
                      <time dateTime={c.endedOn}>{formatShortDate(c.endedOn)}</time>
                    ) : (
                      <span className="havn-muted">{t('dayService.cases.ongoing')}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function DayUsersScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: CaseStatus = isStatus(raw) ? raw : 'open';
  const cases = useCases(status);
  return (
    <>
      <Paragraph variant="long">{t('dayService.cases.intro')}</Paragraph>
      <div className="havn-ds-toolbar">
        <Button asChild>
          <RouterLink to="/day-users/ny">{t('dayService.cases.new')}</RouterLink>
        </Button>
        <ToggleGroup
          className="havn-ds-toolbar__push"
          data-size="sm"
          aria-label={t('dayService.cases.filterLabel')}
          value={status}
          onChange={(value) =>
            setParams(value === 'open' ? {} : { status: value }, { replace: true })
          }
        >
          {caseStatuses.map((s) => (
            <ToggleGroup.Item key={s} value={s}>
              {t(`dayService.cases.status.${s}`)}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
      </div>
      {cases.isPending ? (
        <Loading text={t('dayService.cases.loading')} />
      ) : cases.isError ? (
        <LoadError error={cases.error} retry={() => cases.refetch()} />
      ) : (
        <CaseTable status={status} cases={cases.data} />
      )}
    </>
  );
}

/** /day-users: the day-user cases the user may open, open ones first, and "Ny dagbrukersak". */
export function DayUsersPage() {
  const { t } = useTranslation();
  return (
    <DayServicePage title={t('dayService.cases.title')} permission="day_service.manage" wide>
      {() => <DayUsersScreen />}
    </DayServicePage>
  );
}
