import {
  cotAgeLimit,
  findPlaces,
  indexBeds,
  occupancyAt,
  type Need,
  type Occupancy,
} from '@havn/domain';
import type { FieldProblem } from '@havn/domain';
import { ConflictError, conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { bedTakenMessage } from './guard.ts';
import type { LoadedModel } from './model.ts';
import type { LiveRecords } from './records.ts';

/** One person of the household and the bed chosen for them. */
export interface Placement {
  personId: string;
  bedId: string;
  /** Null for the adult. */
  age: number | null;
  /** Where the bed was given in the request, for error messages. */
  path: string;
}

export interface StayFlags {
  lentScreened: boolean;
  transitionForWoman: boolean;
}

const stateMessages = {
  being_cleaned: 'The bed is being cleaned; a staff member must mark it ready first.',
  out_of_service: 'The bed is out of service.',
  reserved: 'The bed is reserved for someone else.',
} as const;

/**
 * Whether the household may take exactly these beds now, by the same rules as "find a place":
 * every bed free; a cot only for a child under 3; the household together in one unit; and the
 * room (or whole unit) among the places `findPlaces` offers this need — so the target group, the
 * screened unit's criteria and the order of transition and lent places all hold. Returns the
 * flags the stay gets (a lent screened place, a woman's transition home). Throws 404 for a bed
 * that is not the centre's, 409 for a bed not free or a place not offered, 400 for the rest.
 */
export function checkPlacement(
  loaded: LoadedModel,
  live: LiveRecords,
  now: Date,
  need: Need,
  placements: readonly Placement[],
): { flags: StayFlags; occupancy: Occupancy } {
  const { model } = loaded;
  const index = indexBeds(model);
  for (const p of placements) if (!index.has(p.bedId)) throw notFound();

  const occupancy = occupancyAt(model, live.records, now);
  for (const p of placements) {
    const state = occupancy.beds[p.bedId]!.state;
    if (state === 'occupied' || state === 'lent') throw conflict(bedTakenMessage, 'bed_taken');
    if (state !== 'free') throw conflict(stateMessages[state], 'bed_not_free');
  }

  const problems: FieldProblem[] = [];
  for (const p of placements) {
    const bed = index.get(p.bedId)!.bed;
    if (bed.kind === 'cot' && (p.age === null || p.age >= cotAgeLimit))
      problems.push({
        path: p.path,
        code: 'cot_too_small',
        message: `A cot is only for a child under ${cotAgeLimit}`,
      });
  }
  const units = new Set(placements.map((p) => index.get(p.bedId)!.unit.id));
  if (units.size > 1)
    problems.push({
      path: 'body',
      code: 'household_split',
      message: 'A household keeps together: choose beds in one unit',
    });
  if (problems.length > 0) throw invalid(problems);

  const unitId = [...units][0]!;
  const rooms = new Set(placements.map((p) => index.get(p.bedId)!.room.id));
  const search = findPlaces(model, occupancy, need, live.waiting);
  const option = search.options.find(
    (o) => o.unitId === unitId && (o.roomId === null || (rooms.size === 1 && rooms.has(o.roomId))),
  );
  if (!option) {
    const reasons = search.notFitting.find((r) => r.unitId === unitId)?.reasons ?? [
      'room_not_offered',
    ];
    throw new ConflictError(
      `This place is not offered for this household (${reasons.join(', ')}). Find a place again.`,
      'place_not_offered',
      undefined,
      reasons.map((code) => ({ path: placements[0]!.path, code, message: code })),
    );
  }
  return { flags: option.stayFlags, occupancy };
}
