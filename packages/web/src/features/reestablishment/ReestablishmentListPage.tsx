import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CaseTable } from '../../lib/CaseTable.tsx';
import { QueryContent } from '../../lib/QueryContent.tsx';
import { ShortDate } from '../../lib/ShortDate.tsx';
import { formatShortDate, osloDate } from '../day-service/oslo-time.ts';
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
    <CaseTable
      label={caption}
      caption={caption}
      personHeader={t('reestablishment.list.person')}
      href={(c) => casePath(c.id)}
      rows={cases}
      columns={[
        {
          header: t('reestablishment.list.housing'),
          cell: (c) => t(`reestablishment.housings.${c.housing}`),
        },
        {
          header: t('reestablishment.list.started'),
          cell: (c) => <ShortDate date={c.startedOn} />,
        },
        {
          header: t('reestablishment.list.primaryContact'),
          cell: (c) => c.primaryContact?.name ?? '—',
        },
        {
          header: t('reestablishment.list.contacts'),
          cell: (c) => c.contacts,
          className: 'havn-number',
        },
        {
          header: t('reestablishment.list.lastContact'),
          cell: (c) => (
            <ShortDate date={c.lastContact} none={t('reestablishment.list.noContact')} />
          ),
        },
      ]}
    />
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
        <QueryContent query={cases} loadingText={t('reestablishment.loading')}>
          {(data) => <OpenCases cases={data} />}
        </QueryContent>
      </section>
      <section className="havn-ds-section" aria-labelledby={candidatesId}>
        <Heading level={2} data-size="xs" id={candidatesId}>
          {t('reestablishment.list.candidatesHeading')}
        </Heading>
        <QueryContent query={candidates} loadingText={t('reestablishment.loading')}>
          {(data) => <Candidates candidates={data} />}
        </QueryContent>
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
