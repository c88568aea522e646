import {
  Alert,
  Heading,
  Link as DsLink,
  Paragraph,
  Spinner,
  Table,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { formatDate } from '../../lib/datetime.ts';
import { CorrectionDialog } from '../departures/CorrectionDialog.tsx';
import { DepartureDialog } from '../departures/DepartureDialog.tsx';
import { useMoveOutBoard, type BoardResident } from './move-out-api.ts';
import '../departures/departures.css';

function ResidentRow({ resident }: { resident: BoardResident }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const days = (count: number) => t('departures.days', { count });
  const label = resident.label ?? t('departures.board.hidden');
  const step = resident.nextStep;
  return (
    <Table.Row className={resident.readyOn ? 'havn-moveout-ready' : undefined}>
      <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
      <Table.Cell>{resident.persons}</Table.Cell>
      <Table.Cell>
        {resident.dayOfStay}{' '}
        <span className="havn-muted">
          {t('departures.board.ofLimit', { limit: resident.limitDays })}
        </span>
      </Table.Cell>
      <Table.Cell>{resident.daysBeyondLimit > 0 ? days(resident.daysBeyondLimit) : '–'}</Table.Cell>
      <Table.Cell>
        {resident.readyOn
          ? t('departures.board.readySince', {
              date: formatDate(resident.readyOn),
              days: days(resident.waitingDays ?? 0),
            })
          : t('departures.board.notReady')}
      </Table.Cell>
      <Table.Cell>{t(`departures.routes.${resident.route}`)}</Table.Cell>
      <Table.Cell>
        {step ? (
          <>
            {t(`departures.steps.${step.kind}`)}
            {step.owner && <> – {step.owner.name}</>}
            {step.dueOn && (
              <span className="havn-muted">
                {' '}
                {t('departures.board.stepDue', { date: formatDate(step.dueOn) })}
              </span>
            )}
          </>
        ) : (
          <span className="havn-muted">{t('departures.board.noStep')}</span>
        )}
      </Table.Cell>
      <Table.Cell>
        {resident.homeMunicipality?.name ?? (
          <span className="havn-muted">{t('departures.board.noMunicipality')}</span>
        )}
      </Table.Cell>
      <Table.Cell>
        <div className="havn-moveout-actions">
          {resident.label !== null && can(me, 'move_out.manage') && (
            <DsLink asChild>
              <Link
                to={`/departures/plan/${resident.stayId}`}
                aria-label={t('departures.board.planFor', { label })}
              >
                {t('departures.board.plan')}
              </Link>
            </DsLink>
          )}
          {resident.label !== null && can(me, 'departures.register') && (
            <DepartureDialog
              stayId={resident.stayId}
              version={resident.stayVersion}
              onDone={() => undefined}
              label={label}
            />
          )}
          {resident.label !== null && can(me, 'stays.correct') && (
            <CorrectionDialog stayId={resident.stayId} label={label} />
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  );
}

/** /departures: the unit leader's move-out board — who blocks places, and what comes next. */
export function MoveOutBoardPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const name = t('departures.board.title');
  useDocumentTitle(name);
  const allowed = can(me, 'move_out.board');
  const board = useMoveOutBoard();

  return (
    <div className="havn-page havn-page--wide havn-moveout">
      <PageHeading>{name}</PageHeading>
      {!allowed ? (
        <Alert data-color="warning">
          <Paragraph>{t('departures.noAccess')}</Paragraph>
        </Alert>
      ) : board.isPending ? (
        <Paragraph className="havn-status__line">
          <Spinner aria-hidden data-size="sm" />
          {t('departures.loading')}
        </Paragraph>
      ) : board.isError ? (
        <Alert data-color="danger">
          <Paragraph>{t(errorMessageKey(board.error))}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph variant="long">{t('departures.board.intro')}</Paragraph>
          <section aria-labelledby="moveout-counts">
            <Heading level={2} data-size="xs" id="moveout-counts">
              {t('departures.board.counts')}
            </Heading>
            <dl className="havn-moveout-counts">
              <div>
                <dt>{t('departures.board.readyToMove')}</dt>
                <dd data-testid="count-ready">{board.data.counts.readyToMove}</dd>
              </div>
              <div>
                <dt>{t('departures.board.bedDaysMonth')}</dt>
                <dd data-testid="count-month">{board.data.counts.bedDaysWaitingMonth}</dd>
              </div>
              <div>
                <dt>{t('departures.board.bedDaysYear')}</dt>
                <dd data-testid="count-year">{board.data.counts.bedDaysWaitingYear}</dd>
              </div>
            </dl>
          </section>
          {board.data.residents.length === 0 ? (
            <Paragraph>{t('departures.board.empty')}</Paragraph>
          ) : (
            <div
              className="havn-table-scroll"
              tabIndex={0}
              role="region"
              aria-labelledby="moveout-caption"
            >
              <Table data-size="sm" zebra>
                <caption id="moveout-caption">{t('departures.board.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('departures.board.col.resident')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.persons')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.day')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.beyond')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.ready')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.route')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.next')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.municipality')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('departures.board.col.actions')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {board.data.residents.map((r) => (
                    <ResidentRow key={r.stayId} resident={r} />
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
