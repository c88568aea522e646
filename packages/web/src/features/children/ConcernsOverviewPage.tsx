import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDayAndTime } from '../day-service/oslo-time.ts';
import { concernPath } from './children-api.ts';
import { useOpenConcerns } from './open-concerns.ts';
import { ConcernStatusTag } from './ConcernStatusTag.tsx';
import { ChildrenPageFrame, LoadError, Loading } from './ui.tsx';

function OpenConcerns() {
  const { t } = useTranslation();
  const concerns = useOpenConcerns(true);
  if (concerns.isPending) return <Loading text={t('children.overview.loading')} />;
  if (concerns.isError) return <LoadError error={concerns.error} retry={concerns.refetch} />;
  if (concerns.data.length === 0) return <Paragraph>{t('children.overview.none')}</Paragraph>;
  return (
    <div
      className="havn-ds-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('children.overview.table')}
    >
      <Table className="havn-ds-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('children.overview.registered')}</Table.HeaderCell>
            <Table.HeaderCell>{t('children.overview.child')}</Table.HeaderCell>
            <Table.HeaderCell>{t('children.overview.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {concerns.data.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={concernPath(c.id)}>
                    <time dateTime={c.registeredAt}>{formatDayAndTime(c.registeredAt)}</time>
                  </RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{c.child.displayName}</Table.Cell>
              <Table.Cell>
                <ConcernStatusTag status={c.status} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** /child-welfare/concerns: the unit leader's list of §6 concerns not yet concluded. */
export function ConcernsOverviewPage() {
  const { t } = useTranslation();
  return (
    <ChildrenPageFrame
      title={t('children.overview.title')}
      permissions={['child_welfare.overview']}
    >
      {() => (
        <>
          <Paragraph>{t('children.overview.intro')}</Paragraph>
          <OpenConcerns />
        </>
      )}
    </ChildrenPageFrame>
  );
}
