import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pending } from './BedRow.tsx';
import type { Board, BoardBed, ReservationDto, WaitingDto } from './capacity-api.ts';
import { CapacityAlerts } from './CapacityAlerts.tsx';
import { DemoTag } from './shared.tsx';
import { TotalsList } from './TotalsList.tsx';
import { UnitCard } from './UnitCard.tsx';

/** The board itself: the totals, the alerts, then each site's units with their rooms and beds. */
export function BoardView({
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
