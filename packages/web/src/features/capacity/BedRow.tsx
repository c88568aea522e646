import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DepartureDialog } from '../departures/index.ts';
import type { BoardBed, ReservationDto } from './capacity-api.ts';
import { formatTime, StateTag, useTimeLeft } from './shared.tsx';

/** What a bed's button asks the board to open. */
export type Pending =
  | { kind: 'oos'; bed: BoardBed; name: string }
  | { kind: 'move'; stayId: string; version: number; name: string }
  | { kind: 'arrive' | 'cancel'; reservation: ReservationDto }
  | null;

/** A bed's name as the board says it: "Seng 1", "Sprinkelseng 1". */
export function useBedName() {
  const { t } = useTranslation();
  return (bed: { kind: BoardBed['kind']; label: string }) =>
    t(bed.kind === 'bed' ? 'capacity.board.bedName' : 'capacity.board.bedNameKind', {
      kind: t(`capacity.bedKinds.${bed.kind}`),
      label: bed.label,
    });
}

/** One bed on the board: its state, who is in it, and what staff can do with it. */
export function BedRow({
  bed,
  roomName,
  at,
  reservation,
  mayAssign,
  onChange,
  onAsk,
  onDeparted,
}: {
  bed: BoardBed;
  roomName: string;
  /** The board's instant, for the time a reservation has left. */
  at: string;
  /** The reservation whose first (the adult's) bed this is: its actions are shown here. */
  reservation: ReservationDto | undefined;
  mayAssign: boolean;
  onChange: (kind: 'ready' | 'inService', bed: BoardBed) => void;
  onAsk: (pending: Pending) => void;
  /** A departure was registered from this bed's dialog and the dialog closed. */
  onDeparted: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const timeLeft = useTimeLeft();
  const bedName = useBedName()(bed);
  const occupant = bed.occupant;
  const who = occupant
    ? (occupant.label ?? t('capacity.board.occupantHidden')) +
      (occupant.isChild ? ` (${t('capacity.board.child')})` : '')
    : null;
  const named = { bed: bedName, room: roomName };
  return (
    <li className={`havn-bed havn-bed--${bed.state}`}>
      <div className="havn-bed__main">
        <span className="havn-bed__name">{bedName}</span>
        <StateTag state={bed.state} />
      </div>
      {who && occupant && (
        <p className="havn-bed__occupant">
          <span>{who}</span> · <span>{t('capacity.board.occupantDay', { day: occupant.day })}</span>
        </p>
      )}
      {bed.state === 'reserved' && bed.reservation && (
        <p className="havn-bed__occupant">
          <span>{t('capacity.board.reservedFor', { name: bed.reservation.label })}</span> ·{' '}
          <span>{timeLeft(at, bed.reservation.expiresAt)}</span>
          <br />
          <span className="havn-muted">
            {t('capacity.board.expected', {
              time: formatTime(bed.reservation.expectedArrivalAt, i18n.language),
            })}
          </span>
        </p>
      )}
      {bed.state === 'out_of_service' && bed.reason && (
        <p className="havn-bed__detail">{t('capacity.board.reason', { reason: bed.reason })}</p>
      )}
      {bed.since && bed.state !== 'occupied' && bed.state !== 'lent' && bed.state !== 'free' && (
        <p className="havn-bed__detail">
          {t('capacity.board.since', { time: formatTime(bed.since, i18n.language) })}
        </p>
      )}
      {mayAssign && (
        <div className="havn-bed__actions">
          {bed.state === 'being_cleaned' && (
            <Button
              data-size="sm"
              variant="secondary"
              aria-label={t('capacity.board.markReadyFor', named)}
              onClick={() => onChange('ready', bed)}
            >
              {t('capacity.board.markReady')}
            </Button>
          )}
          {bed.state === 'free' && (
            <Button
              data-size="sm"
              variant="tertiary"
              aria-label={t('capacity.board.outOfServiceFor', named)}
              onClick={() => onAsk({ kind: 'oos', bed, name: bedName })}
            >
              {t('capacity.board.outOfService')}
            </Button>
          )}
          {bed.state === 'out_of_service' && (
            <Button
              data-size="sm"
              variant="secondary"
              aria-label={t('capacity.board.inServiceFor', named)}
              onClick={() => onChange('inService', bed)}
            >
              {t('capacity.board.inService')}
            </Button>
          )}
          {reservation && (
            <>
              <Button
                data-size="sm"
                aria-label={t('capacity.board.arriveFor', { name: reservation.label })}
                onClick={() => onAsk({ kind: 'arrive', reservation })}
              >
                {t('capacity.board.arrive')}
              </Button>
              <Button
                data-size="sm"
                variant="tertiary"
                aria-label={t('capacity.board.cancelFor', { name: reservation.label })}
                onClick={() => onAsk({ kind: 'cancel', reservation })}
              >
                {t('capacity.board.cancel')}
              </Button>
            </>
          )}
          {occupant && !occupant.isChild && (
            <Button
              data-size="sm"
              variant="secondary"
              aria-label={t('capacity.board.moveFor', {
                name: occupant.label ?? t('capacity.board.household'),
              })}
              onClick={() =>
                onAsk({
                  kind: 'move',
                  stayId: occupant.stayId,
                  version: occupant.stayVersion,
                  name: occupant.label ?? t('capacity.board.household'),
                })
              }
            >
              {t('capacity.board.move')}
            </Button>
          )}
          {occupant && !occupant.isChild && (
            // The one way to end a stay: the departure registration, as on the stay page.
            <DepartureDialog
              stayId={occupant.stayId}
              version={occupant.stayVersion}
              label={occupant.label ?? t('capacity.board.household')}
              onDone={() => onDeparted(occupant.label ?? t('capacity.board.household'))}
            />
          )}
        </div>
      )}
    </li>
  );
}
