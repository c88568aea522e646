import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import type { TargetGroup } from '@havn/domain';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { errorMessageKey } from '../../api/client.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { moduleNameKey } from '../../modules.ts';
import { Feedback } from '../staff/Feedback.tsx';
import { AssignForm } from './AssignForm.tsx';
import { CapacityAlerts } from './CapacityAlerts.tsx';
import { useBedName, type Pending } from './BedRow.tsx';
import {
  capacityApi,
  targetGroups,
  useBoard,
  useCapacityChange,
  useConfiguration,
  useReservations,
  useWaiting,
  type Board,
  type BoardBed,
  type BoardFilter,
  type ReservationDto,
  type Totals,
  type WaitingDto,
} from './capacity-api.ts';
import { MoveForm } from './MoveForm.tsx';
import { CapacityNav, capacityErrorText, DemoTag, formatTime } from './shared.tsx';
import { UnitCard } from './UnitCard.tsx';
import { WaitingSection } from './WaitingList.tsx';
import './capacity.css';

function TotalsList({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const rows: [string, string | number][] = [
    [t('capacity.board.totals.beds'), totals.beds],
    [t('capacity.board.totals.free'), totals.offered],
    [
      t('capacity.board.totals.households'),
      t('capacity.board.totals.householdsValue', { count: totals.offeredPlaces }),
    ],
    [t('capacity.board.totals.occupied'), totals.occupied],
    [t('capacity.board.totals.lent'), totals.lent],
    [t('capacity.board.totals.reserved'), totals.reserved],
    [t('capacity.board.totals.beingCleaned'), totals.beingCleaned],
    [t('capacity.board.totals.outOfService'), totals.outOfService],
    [
      t('capacity.board.totals.persons'),
      t('capacity.board.totals.personsValue', {
        persons: totals.persons,
        adults: t('capacity.board.totals.adults', { count: totals.adults }),
        children: t('capacity.board.totals.children', { count: totals.children }),
      }),
    ],
  ];
  return (
    <dl className="havn-capacity-totals">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function BoardView({
  board,
  reservations,
  waiting,
  mayAssign,
  checkMinutes,
  onChange,
  onAsk,
  onDeparted,
  children,
}: {
  board: Board;
  reservations: ReservationDto[];
  waiting: WaitingDto[];
  mayAssign: boolean;
  checkMinutes: Map<string, number>;
  onChange: (kind: 'ready' | 'inService', bed: BoardBed) => void;
  onAsk: (pending: Pending) => void;
  onDeparted: (name: string) => void;
  /** Shown after the alerts: the waiting list. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const byFirstBed = new Map(reservations.map((r) => [r.beds[0]?.id ?? '', r]));
  const waitingLabel = new Map(waiting.map((w) => [w.id, w.label]));
  const unitName = new Map(board.sites.flatMap((s) => s.units.map((u) => [u.id, u.name])));
  const hidden = board.sites.some((s) =>
    s.units.some((u) => u.rooms.some((r) => r.beds.some((b) => b.occupant && !b.occupant.label))),
  );
  const units = board.sites.flatMap((s) => s.units);
  return (
    <>
      <section aria-labelledby="capacity-totals" className="havn-capacity-section">
        <Heading level={2} data-size="sm" id="capacity-totals">
          {t('capacity.board.totalsHeading')}
        </Heading>
        <TotalsList totals={board.totals} />
      </section>
      <CapacityAlerts
        alerts={board.alerts}
        unitName={(id) => unitName.get(id) ?? ''}
        waitingLabel={(id) => waitingLabel.get(id)}
        where="board"
      />
      {children}
      {hidden && (
        <Alert data-color="info" data-size="sm">
          <Paragraph data-size="sm">{t('capacity.board.hiddenNames')}</Paragraph>
        </Alert>
      )}
      {units.length === 0 && <Paragraph>{t('capacity.board.noUnits')}</Paragraph>}
      {board.sites
        .filter((site) => site.units.length > 0)
        .map((site) => (
          <section key={site.id} aria-labelledby={`site-${site.id}`} className="havn-capacity-site">
            <div className="havn-capacity-title">
              <Heading level={2} data-size="md" id={`site-${site.id}`}>
                {site.name}
              </Heading>
              <DemoTag fields={site.demoValues} />
            </div>
            <div className="havn-capacity-units">
              {site.units.map((unit) => (
                <UnitCard
                  key={unit.id}
                  unit={unit}
                  at={board.at}
                  checkMinutes={checkMinutes.get(unit.id) ?? null}
                  reservations={byFirstBed}
                  mayAssign={mayAssign}
                  onChange={onChange}
                  onAsk={onAsk}
                  onDeparted={onDeparted}
                />
              ))}
            </div>
          </section>
        ))}
    </>
  );
}

function OutOfServiceForm({
  name,
  pending,
  onSubmit,
}: {
  name: string;
  pending: boolean;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (reason === '') {
      setError(t('capacity.board.oosDialog.reasonMissing'));
      return;
    }
    setError(null);
    onSubmit(reason);
  };
  return (
    <form onSubmit={submit} noValidate className="havn-form">
      <Heading level={2} data-size="sm">
        {t('capacity.board.oosDialog.title', { bed: name })}
      </Heading>
      <Textfield
        name="reason"
        label={t('capacity.board.oosDialog.reason')}
        description={t('capacity.board.oosDialog.reasonDescription')}
        error={error ?? undefined}
        maxLength={200}
        autoFocus
      />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t('capacity.board.oosDialog.submit')}
        </Button>
      </div>
    </form>
  );
}

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
  const dialogLabel = (p: Pending): string => {
    switch (p?.kind) {
      case 'oos':
        return t('capacity.board.oosDialog.title', { bed: p.name });
      case 'move':
        return t('capacity.move.title', { name: p.name });
      case 'arrive':
        return t('capacity.assign.title', { place: reservationPlace(p.reservation) });
      case 'cancel':
        return t('capacity.board.cancelDialog.title', { name: p.reservation.label });
      default:
        return '';
    }
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
      <form
        className="havn-capacity-filters"
        aria-label={t('capacity.board.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field>
          <Label>{t('capacity.board.targetGroup')}</Label>
          <Select
            value={filter.targetGroup}
            onChange={(e) =>
              setFilter({ ...filter, targetGroup: e.target.value as TargetGroup | '' })
            }
          >
            <Select.Option value="">{t('capacity.board.allTargetGroups')}</Select.Option>
            {targetGroups.map((g) => (
              <Select.Option key={g} value={g}>
                {t(`capacity.targetGroups.${g}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Checkbox
          label={t('capacity.board.accessibleOnly')}
          checked={filter.accessible}
          onChange={(e) => setFilter({ ...filter, accessible: e.target.checked })}
        />
      </form>
      {board.data && (
        <Paragraph data-size="sm" className="havn-muted">
          {t('capacity.board.updated', { time: formatTime(board.data.at, i18n.language) })}
        </Paragraph>
      )}
      {content}
      <Dialog
        open={pending !== null}
        onClose={() => setPending(null)}
        closeButton={t('common.closeDialog')}
        aria-label={dialogLabel(pending)}
        className="havn-dialog"
      >
        {pending?.kind === 'oos' && (
          <Dialog.Block>
            <OutOfServiceForm
              name={pending.name}
              pending={change.isPending}
              onSubmit={(reason) =>
                run(
                  'oos',
                  () => capacityApi.outOfService({ bedId: pending.bed.id, reason }),
                  t('capacity.board.done.outOfService', { bed: pending.name }),
                )
              }
            />
          </Dialog.Block>
        )}
        {pending?.kind === 'move' && (
          <Dialog.Block>
            <MoveForm
              stayId={pending.stayId}
              version={pending.version}
              name={pending.name}
              onMoved={() => {
                setError(null);
                setDone(t('capacity.board.done.moved', { name: pending.name }));
                setPending(null);
              }}
            />
          </Dialog.Block>
        )}
        {pending?.kind === 'arrive' && (
          <Dialog.Block>
            <AssignForm
              place={reservationPlace(pending.reservation)}
              beds={pending.reservation.beds}
              need={pending.reservation.need}
              reservationId={pending.reservation.id}
              onAssigned={(alias) => {
                setError(null);
                setDone(t('capacity.board.done.assigned', { name: alias }));
                setPending(null);
              }}
              onTaken={() => {
                setDone(null);
                setError(t('capacity.conflicts.bedTaken'));
                setPending(null);
              }}
            />
          </Dialog.Block>
        )}
        {pending?.kind === 'cancel' && (
          <Dialog.Block className="havn-form">
            <Heading level={2} data-size="sm">
              {t('capacity.board.cancelDialog.title', { name: pending.reservation.label })}
            </Heading>
            <Paragraph>{t('capacity.board.cancelDialog.text')}</Paragraph>
            <div className="havn-capacity-buttons">
              <Button
                data-color="danger"
                aria-disabled={change.isPending || undefined}
                onClick={() =>
                  run(
                    'cancel',
                    () =>
                      capacityApi.cancelReservation({
                        reservationId: pending.reservation.id,
                        version: pending.reservation.version,
                      }),
                    t('capacity.board.done.cancelled', { name: pending.reservation.label }),
                  )
                }
              >
                {t('capacity.board.cancelDialog.submit')}
              </Button>
              <Button variant="secondary" onClick={() => setPending(null)}>
                {t('common.cancel')}
              </Button>
            </div>
          </Dialog.Block>
        )}
      </Dialog>
    </div>
  );
}
