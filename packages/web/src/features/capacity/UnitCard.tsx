import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { BedRow, type Pending } from './BedRow.tsx';
import type { BoardBed, BoardIdle, BoardUnit, ReservationDto } from './capacity-api.ts';
import { DemoTag } from './shared.tsx';

function UnitFacts({ unit, checkMinutes }: { unit: BoardUnit; checkMinutes: number | null }) {
  const { t } = useTranslation();
  const facts = [
    t(`capacity.targetGroups.${unit.targetGroup}`),
    unit.floor === 0
      ? t('capacity.board.facts.groundFloor')
      : unit.floor < 0
        ? t('capacity.board.facts.basement', { floor: unit.floor })
        : t('capacity.board.facts.floor', { floor: unit.floor }),
    unit.accessible
      ? t('capacity.board.facts.accessible')
      : t('capacity.board.facts.notAccessible'),
    ...(unit.screened
      ? [
          checkMinutes === null
            ? t('capacity.board.facts.screened')
            : t('capacity.board.facts.screenedCheck', { count: checkMinutes }),
        ]
      : []),
    ...(unit.mayServeAsTransition ? [t('capacity.board.facts.transition')] : []),
    ...(unit.transitionApartment ? [t('capacity.board.facts.transitionApartment')] : []),
  ];
  return (
    <ul className="havn-unit-facts">
      {facts.map((f) => (
        <li key={f}>{f}</li>
      ))}
    </ul>
  );
}

/** Empty beds that another household cannot be given, and why: one household per room. */
function IdleNote({ idle, whole }: { idle: BoardIdle; whole: boolean }) {
  const { t } = useTranslation();
  if (!idle) return null;
  return (
    <p className="havn-bed__detail">
      {t(`capacity.board.idle.${whole ? 'unit' : 'room'}.${idle.because}`, { count: idle.beds })}
    </p>
  );
}

/** One unit on the board: its facts, what it can offer now, and its rooms and beds. */
export function UnitCard({
  unit,
  at,
  checkMinutes,
  reservations,
  mayAssign,
  onChange,
  onAsk,
  onDeparted,
}: {
  unit: BoardUnit;
  at: string;
  checkMinutes: number | null;
  /** Reservations by their first (the adult's) bed. */
  reservations: Map<string, ReservationDto>;
  mayAssign: boolean;
  onChange: (kind: 'ready' | 'inService', bed: BoardBed) => void;
  onAsk: (pending: Pending) => void;
  onDeparted: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby={`unit-${unit.id}`}
      className={unit.rooms.length > 2 ? 'havn-unit-card havn-unit-card--large' : 'havn-unit-card'}
    >
      <div className="havn-capacity-title">
        <Heading level={3} data-size="sm" id={`unit-${unit.id}`}>
          {unit.name}
        </Heading>
        <DemoTag fields={unit.demoValues} />
      </div>
      <UnitFacts unit={unit} checkMinutes={checkMinutes} />
      <p className="havn-unit-card__free">
        {t('capacity.board.unitFree', { free: unit.totals.offered, beds: unit.totals.beds })}
      </p>
      <IdleNote idle={unit.idle} whole />
      <div className="havn-unit-rooms">
        {unit.rooms.map((room) => (
          <div key={room.id} className="havn-room">
            <div className="havn-capacity-title">
              <Heading level={4} data-size="xs">
                {room.name}
              </Heading>
              <DemoTag fields={room.demoValues} />
            </div>
            <IdleNote idle={room.idle} whole={false} />
            <ul className="havn-beds">
              {room.beds.map((bed) => (
                <BedRow
                  key={bed.id}
                  bed={bed}
                  roomName={room.name}
                  at={at}
                  reservation={reservations.get(bed.id)}
                  mayAssign={mayAssign}
                  onChange={onChange}
                  onAsk={onAsk}
                  onDeparted={onDeparted}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
