import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { FlagTags } from './FlagTags.tsx';
import { TransitionHomeNotice } from './TransitionHomeNotice.tsx';
import { useResidents, type Resident } from './stays-api.ts';
import './stays.css';

function ResidentRow({ resident, showLink }: { resident: Resident; showLink: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        {resident.label ?? (
          <span className="havn-muted" title={t('stays.residents.hiddenHint')}>
            {t('stays.residents.hidden')}
          </span>
        )}
      </Table.HeaderCell>
      <Table.Cell>
        {resident.room && resident.bed
          ? t('stays.residents.placeOf', { room: resident.room, bed: resident.bed })
          : '–'}
        {resident.unit && <div className="havn-muted">{resident.unit}</div>}
      </Table.Cell>
      <Table.Cell>{resident.childrenCount}</Table.Cell>
      <Table.Cell>
        {resident.dayOfStay}
        {resident.clockStatus !== 'ok' && (
          <>
            {' '}
            <Tag
              data-size="sm"
              data-color={resident.clockStatus === 'warning' ? 'warning' : 'danger'}
            >
              {t(`stays.clock.status.${resident.clockStatus}`)}
            </Tag>
          </>
        )}
      </Table.Cell>
      <Table.Cell>
        <FlagTags flags={resident} />
        {resident.safetyNote && <div>{resident.safetyNote}</div>}
        <TransitionHomeNotice home={resident.transitionHome} compact />
      </Table.Cell>
      <Table.Cell>
        {resident.staffCheckIntervalMinutes
          ? t('stays.residents.checkEvery', { count: resident.staffCheckIntervalMinutes })
          : '–'}
      </Table.Cell>
      {showLink && (
        <Table.Cell>
          {resident.canOpen && resident.label ? (
            <Link asChild>
              <RouterLink to={`/stays/${resident.stayId}`}>
                {t('stays.residents.openLink', { label: resident.label })}
              </RouterLink>
            </Link>
          ) : (
            '–'
          )}
        </Table.Cell>
      )}
    </Table.Row>
  );
}

/**
 * /stays: the residents' essentials for everyone on duty — the night watch included. Those who
 * work the case (unit leader, coordinators) get a link to each stay they may open.
 */
export function ResidentsPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(t('stays.residents.title'));
  const residents = useResidents();
  const showLink = can(me, 'stays.work');
  return (
    <div className="havn-page havn-page--wide havn-stays">
      <PageHeading>{t('stays.residents.title')}</PageHeading>
      <Paragraph>{t('stays.residents.intro')}</Paragraph>
      <OffShiftNotice me={me} />
      {residents.isPending ? (
        <Loading text={t('stays.residents.loading')} />
      ) : residents.isError ? (
        <LoadError error={residents.error} retry={residents.refetch} />
      ) : residents.data.length === 0 ? (
        <Paragraph>{t('stays.residents.none')}</Paragraph>
      ) : (
        <div className="havn-stays__scroll">
          <Table zebra>
            <caption>{t('stays.residents.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('stays.residents.resident')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.residents.place')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.residents.children')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.residents.day')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.residents.flags')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.residents.check')}</Table.HeaderCell>
                {showLink && <Table.HeaderCell>{t('stays.residents.open')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {residents.data.map((r) => (
                <ResidentRow key={r.stayId} resident={r} showLink={showLink} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
