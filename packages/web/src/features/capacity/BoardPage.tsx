import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { moduleNameKey } from '../../modules.ts';
import { Feedback } from '../../lib/Feedback.tsx';
import { BoardDialog } from './BoardDialog.tsx';
import { BoardFilters } from './BoardFilters.tsx';
import { BoardView } from './BoardView.tsx';
import { useBedName, type Pending } from './BedRow.tsx';
import {
  capacityApi,
  useBoard,
  useCapacityChange,
  useConfiguration,
  useReservations,
  useWaiting,
  type BoardBed,
  type BoardFilter,
  type ReservationDto,
} from './capacity-api.ts';
import { CapacityNav, capacityErrorText, formatTime } from './shared.tsx';
import { WaitingSection } from './WaitingList.tsx';
import './capacity.css';

/** /capacity: the live board, for the night watch as much as for the coordinators. */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const me = useAuthenticated();
  const name = t(moduleNameKey('capacity'));
  useDocumentTitle(name);
  const location = useLocation();
  const news = location.state as { assigned?: string; reserved?: string } | null;
  const assigned = news?.assigned ?? null;
  const reserved = news?.reserved ?? null;
  const navigate = useNavigate();
  // The news of an assignment is shown once: a reload or a return to the page does not repeat it.
  useEffect(() => {
    if (assigned || reserved) void navigate('.', { replace: true, state: null });
  }, [assigned, reserved, navigate]);
  const [filter, setFilter] = useState<BoardFilter>({ targetGroup: '', accessible: false });
  const allowed = can(me, 'capacity.view_board');
  const board = useBoard(filter);
  const reservations = useReservations();
  const waiting = useWaiting();
  const configuration = useConfiguration();
  const mayAssign = can(me, 'capacity.assign');
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(
    assigned
      ? t('capacity.board.done.assigned', { name: assigned })
      : reserved
        ? t('capacity.board.done.reserved', { name: reserved })
        : null,
  );
  const [error, setError] = useState<string | null>(null);
  const change = useCapacityChange(
    async (v: { kind: 'ready' | 'inService' | 'oos' | 'cancel'; run: () => Promise<unknown> }) =>
      v.run(),
  );
  const bedName = useBedName();
  const unitNames = new Map(
    (board.data?.sites ?? []).flatMap((site) => site.units.map((u) => [u.id, u.name])),
  );
  const roomNames = new Map(
    (board.data?.sites ?? []).flatMap((site) =>
      site.units.flatMap((u) => u.rooms.map((r) => [r.id, r.name])),
    ),
  );
  const reservationPlace = (r: ReservationDto) => {
    const first = r.beds[0];
    if (!first) return r.label;
    return `${unitNames.get(first.unitId) ?? ''}, ${roomNames.get(first.roomId) ?? ''}`;
  };

  const checkMinutes = new Map<string, number>();
  for (const site of configuration.data?.sites ?? [])
    for (const unit of site.units)
      if (unit.screening) checkMinutes.set(unit.id, unit.screening.staffCheckIntervalMinutes);

  const run = (
    kind: 'ready' | 'inService' | 'oos' | 'cancel',
    fn: () => Promise<unknown>,
    ok: string,
  ) => {
    if (change.isPending) return;
    setDone(null);
    setError(null);
    change.mutate(
      { kind, run: fn },
      {
        onSuccess: () => {
          setDone(ok);
          setPending(null);
        },
        onError: (e) => {
          setError(capacityErrorText(t, e));
          setPending(null);
        },
      },
    );
  };

  const onChange = (kind: 'ready' | 'inService', bed: BoardBed) => {
    const n = bedName(bed);
    if (kind === 'ready')
      run('ready', () => capacityApi.ready(bed.id), t('capacity.board.done.ready', { bed: n }));
    else
      run(
        'inService',
        () => capacityApi.inService(bed.id),
        t('capacity.board.done.inService', { bed: n }),
      );
  };

  const onDeparted = (who: string) => {
    setError(null);
    setDone(t('capacity.board.done.depart', { name: who }));
  };

  let content;
  if (board.isPending) {
    content = (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('capacity.loading')}
      </Paragraph>
    );
  } else if (board.isError) {
    content = (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(errorMessageKey(board.error))}</Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => void board.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else {
    content = (
      <BoardView
        board={board.data}
        reservations={reservations.data ?? []}
        waiting={waiting.data ?? []}
        mayAssign={mayAssign}
        checkMinutes={checkMinutes}
        onChange={onChange}
        onAsk={setPending}
        onDeparted={onDeparted}
      >
        <WaitingSection
          entries={waiting.data ?? []}
          mayAssign={mayAssign}
          onDone={(message) => {
            setError(null);
            setDone(message);
          }}
        />
      </BoardView>
    );
  }

  if (!allowed)
    return (
      <div className="havn-page">
        <PageHeading>{name}</PageHeading>
        <Alert data-color="warning">
          <Paragraph>{t('capacity.noAccess')}</Paragraph>
        </Alert>
      </div>
    );

  return (
    <div className="havn-page havn-page--wide havn-capacity">
      <PageHeading>{name}</PageHeading>
      <Paragraph variant="long">{t('capacity.board.intro')}</Paragraph>
      <CapacityNav />
      <Feedback done={done} error={error} />
      <BoardFilters filter={filter} setFilter={setFilter} />
      {board.data && (
        <Paragraph data-size="sm" className="havn-muted">
          {t('capacity.board.updated', { time: formatTime(board.data.at, i18n.language) })}
        </Paragraph>
      )}
      {content}
      <BoardDialog
        pending={pending}
        working={change.isPending}
        reservationPlace={reservationPlace}
        run={run}
        onClose={() => setPending(null)}
        onDone={(message) => {
          setError(null);
          setDone(message);
          setPending(null);
        }}
        onError={(message) => {
          setDone(null);
          setError(message);
          setPending(null);
        }}
      />
    </div>
  );
}
