import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatShortDate, osloDate } from '../appointments/oslo-time.ts';
import { LoadError, Loading } from '../day-users/ui.tsx';
import {
  useCandidates,
  useOpenCases,
  type Candidate,
  type CaseSummary,
} from './reestablishment-api.ts';
import { casePath, listPath, ReestablishmentPage } from './ui.tsx';

function OpenCases({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const caption = t('reestablishment.list.openHeading');
  if (cases.length === 0) return <Paragraph>{t('reestablishment.list.none')}</Paragraph>;
  return (
    <div className="havn-ds-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table data-size="sm" zebra className="havn-ds-table">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('reestablishment.list.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reestablishment.list.housing')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reestablishment.list.started')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reestablishment.list.primaryContact')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reestablishment.list.contacts')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reestablishment.list.lastContact')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {cases.map((c) => (
            <Table.Row key={c.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={casePath(c.id)}>{c.person.displayName}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{t(`reestablishment.housings.${c.housing}`)}</Table.Cell>
              <Table.Cell>
                <time dateTime={c.startedOn}>{formatShortDate(c.startedOn)}</time>
              </Table.Cell>
              <Table.Cell>{c.primaryContact?.name ?? '—'}</Table.Cell>
              <Table.Cell className="havn-number">{c.contacts}</Table.Cell>
              <Table.Cell>
                {c.lastContact ? (
                  <time dateTime={c.lastContact}>{formatShortDate(c.lastContact)}</time>
                ) : (
                  <span className="havn-muted">{t('reestablishment.list.noContact')}</span>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function Candidates({ candidates }: { candidates: Candidate[] }) {
  const { t } = useTranslation();
  if (candidates.length === 0)
    return <Paragraph>{t('reestablishment.list.candidatesNone')}</Paragraph>;
  return (
    <ul className="havn-ds-cards">
      {candidates.map((c) => (
        <li key={c.stayId} className="havn-ds-actions">
          <span>
            {c.person.displayName}
            {c.unitName ? ` · ${c.unitName}` : ''}
            {' · '}
            {t('reestablishment.list.since', { date: formatShortDate(osloDate(c.arrivalAt)) })}
          </span>
          <Button asChild variant="secondary" data-size="sm">
            <RouterLink to={`${listPath}/ny?${new URLSearchParams({ person: c.person.id })}`}>
              {t('reestablishment.list.followUp', { name: c.person.displayName })}
            </RouterLink>
          </Button>
        </li>
      ))}
    </ul>
  );
}

function ListScreen() {
  const { t } = useTranslation();
  const cases = useOpenCases();
  const candidates = useCandidates();
  const openId = useId();
  const candidatesId = useId();
  return (
    <>
      <Paragraph variant="long">{t('reestablishment.list.intro')}</Paragraph>
      <section className="havn-ds-section" aria-labelledby={openId}>
        <Heading level={2} data-size="xs" id={openId}>
          {t('reestablishment.list.openHeading')}
        </Heading>
        {cases.isPending ? (
          <Loading text={t('reestablishment.loading')} />
        ) : cases.isError ? (
          <LoadError error={cases.error} retry={() => cases.refetch()} />
        ) : (
          <OpenCases cases={cases.data} />
        )}
      </section>
      <section className="havn-ds-section" aria-labelledby={candidatesId}>
        <Heading level={2} data-size="xs" id={candidatesId}>
          {t('reestablishment.list.candidatesHeading')}
        </Heading>
        {candidates.isPending ? (
          <Loading text={t('reestablishment.loading')} />
        ) : candidates.isError ? (
          <LoadError error={candidates.error} retry={() => candidates.refetch()} />
        ) : (
          <Candidates candidates={candidates.data} />
        )}
      </section>
    </>
  );
}

/** /departures/reestablishment: the open cases the user may open, and who still needs one. */
export function ReestablishmentListPage() {
  const { t } = useTranslation();
  return (
    <ReestablishmentPage title={t('reestablishment.title')} wide>
      {() => <ListScreen />}
    </ReestablishmentPage>
  );
}
