import {
  occupancyAt,
  occupantLabel,
  screenedUnitAlerts,
  stayDay,
  transitionAlerts,
  unitOffer,
  waitingAt,
  type Actor,
  type BedStatus,
  type Unit,
} from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { loadModel } from './model.ts';
import { loadLiveRecords, type OpenAssignment } from './records.ts';
import { alertViews } from './transition-homes.ts';
import type { board, boardQuery, totals } from './board-schema.ts';
import { loadWaiting, waitingEntriesOf } from './waiting.ts';

type Board = z.infer<typeof board>;
type Totals = z.infer<typeof totals>;
type BoardQuery = z.infer<typeof boardQuery>;

const emptyTotals = (): Totals => ({
  beds: 0,
  places: 0,
  free: 0,
  offered: 0,
  offeredPlaces: 0,
  occupied: 0,
  lent: 0,
  reserved: 0,
  beingCleaned: 0,
  outOfService: 0,
  persons: 0,
  adults: 0,
  children: 0,
});

function shown(unit: Unit, query: BoardQuery): boolean {
  if (query.targetGroup !== undefined && unit.targetGroup !== query.targetGroup) return false;
  if (query.accessible !== undefined && unit.accessible !== query.accessible) return false;
  return true;
}

/**
 * The live board: every site, unit, room and bed of the actor's centre with its state now, who
 * is in it — by alias or initials only, and only for people the actor may open — and since when,
 * the alerts of places that must be vacated, and totals. Reads only open rows (see records.ts).
 */
export async function getBoard(ctx: AppContext, actor: Actor, query: BoardQuery): Promise<Board> {
  const now = ctx.clock.now();
  const { db } = ctx.database;
  const [loaded, live, waitingRows] = await Promise.all([
    loadModel(db, actor.centreId),
    loadLiveRecords(db, actor.centreId, now),
    loadWaiting(db, actor.centreId),
  ]);
  const occupancy = occupancyAt(loaded.model, live.records, now);

  const inBed = new Map<string, OpenAssignment>();
  for (const stay of live.stays.values()) for (const a of stay.assignments) inBed.set(a.bedId, a);
  // The person rules decide whose alias or initials this actor may see; the rest stay blank.
  const visible = await new PersonalDataGateway(ctx, actor).filter(
    'person',
    [...inBed.values()].map((a) => a.personId),
  );

  // Day N once per stay, not once per person: time-zone arithmetic is the costly part here.
  const days = new Map<string, number>();
  const dayOf = (stayId: string, arrival: string): number => {
    let day = days.get(stayId);
    if (day === undefined) {
      day = stayDay(new Date(arrival), now);
      days.set(stayId, day);
    }
    return day;
  };

  // A reserved bed names the household on its way by the label staff gave (alias or initials).
  const box = secretBox(ctx.config.encryptionKey);
  const reservationOf = (status: BedStatus) => {
    if (status.state !== 'reserved') return null;
    const held = live.reservations.get(status.reservationId)?.row;
    return held
      ? {
          id: held.id,
          label: box.open(held.label),
          expectedArrivalAt: held.expected_arrival_at,
          expiresAt: held.expires_at,
        }
      : null;
  };

  const total = emptyTotals();
  const count = (
    t: Totals,
    kind: string,
    status: BedStatus,
    occupant: OpenAssignment | undefined,
  ) => {
    t.beds += 1;
    if (kind !== 'extra_bed') t.places += 1;
    if (status.state === 'being_cleaned') t.beingCleaned += 1;
    else if (status.state === 'out_of_service') t.outOfService += 1;
    else t[status.state] += 1;
    if (occupant) {
      t.persons += 1;
      if (occupant.isChild) t.children += 1;
      else t.adults += 1;
    }
  };

  const shownUnits = new Set<string>();
  const sites: Board['sites'] = loaded.model.sites.map((site) => ({
    id: site.id,
    name: site.name,
    demoValues: [...(site.demoValues ?? [])],
    units: site.units
      .filter((unit) => shown(unit, query))
      .map((unit) => {
        shownUnits.add(unit.id);
        const unitTotals = emptyTotals();
        // One household per room (or per unit let as a whole): what is free is what can be given.
        const offer = unitOffer(unit, occupancy);
        unitTotals.offered = offer.offered;
        unitTotals.offeredPlaces = offer.places;
        total.offered += offer.offered;
        total.offeredPlaces += offer.places;
        const idleIn = (roomId: string | null) => {
          const place = offer.byPlace.find((p) => p.roomId === roomId);
          return place?.blockedBy ? { beds: place.idle, because: place.blockedBy } : null;
        };
        const rooms = unit.rooms.map((room) => ({
          id: room.id,
          name: room.name,
          demoValues: [...(room.demoValues ?? [])],
          idle: unit.allocation === 'room' ? idleIn(room.id) : null,
          beds: room.beds.map((bed) => {
            const status = occupancy.beds[bed.id]!;
            const occupant =
              status.state === 'occupied' || status.state === 'lent'
                ? inBed.get(bed.id)
                : undefined;
            count(unitTotals, bed.kind, status, occupant);
            count(total, bed.kind, status, occupant);
            const stay = occupant ? live.stays.get(occupant.stayId) : undefined;
            return {
              id: bed.id,
              label: loaded.beds.get(bed.id)!.label,
              kind: bed.kind,
              state: status.state,
              since:
                status.state === 'being_cleaned'
                  ? status.since.toISOString()
                  : status.state === 'out_of_service'
                    ? (live.outOfServiceSince.get(bed.id)?.toISOString() ?? null)
                    : null,
              reason: status.state === 'out_of_service' ? box.open(status.reason) : null,
              reservation: reservationOf(status),
              occupant:
                occupant && stay
                  ? {
                      stayId: stay.row.id,
                      stayVersion: stay.row.version,
                      personId: occupant.personId,
                      isChild: occupant.isChild,
                      label: visible.has(occupant.personId) ? occupantLabel(occupant) : null,
                      day: dayOf(stay.row.id, stay.row.arrival_at),
                    }
                  : null,
            };
          }),
        }));
        return {
          id: unit.id,
          name: unit.name,
          kind: unit.kind,
          allocation: unit.allocation,
          targetGroup: unit.targetGroup,
          screened: unit.screened,
          accessible: unit.accessible,
          floor: unit.floor,
          mayServeAsTransition: unit.mayServeAsTransition,
          transitionApartment: unit.transitionApartment ?? false,
          features: [...(unit.features ?? [])],
          demoValues: [...(unit.demoValues ?? [])],
          totals: unitTotals,
          idle: unit.allocation === 'whole_unit' ? idleIn(null) : null,
          rooms,
        };
      }),
  }));

  // Places to vacate for people of their target group living elsewhere or on the waiting list.
  const waiting = waitingAt(waitingEntriesOf(waitingRows), now);
  const alerts = [
    ...screenedUnitAlerts(loaded.model, live.ongoing, waiting, now),
    ...transitionAlerts(loaded.model, live.ongoing, waiting, now),
  ].filter((alert) => shownUnits.has(alert.unitId));

  return {
    at: now.toISOString(),
    sites,
    alerts: await alertViews(ctx, actor, alerts, live),
    totals: total,
  };
}
