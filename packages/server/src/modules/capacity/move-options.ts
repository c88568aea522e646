import { childAgeFor, findPlaces, localDate, occupancyAt, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { loadModel } from './model.ts';
import { loadLiveRecords } from './records.ts';
import type { moveOptionsResponse } from './stay-schema.ts';
import { openAssignments, openStay } from './stay-changes.ts';
import { needOf } from './stays.ts';

type MoveOptions = z.infer<typeof moveOptionsResponse>;

/**
 * Where the household of a stay could move now: the places "find a place" offers it — its own
 * beds counted as free, as a move counts them — each as the moves to send to
 * `POST /stays/:id/move` (only the people whose bed changes). A place that changes nobody's bed
 * is left out. The household's need is what the stay knows: no stated accessibility or floor.
 */
export async function moveOptions(ctx: AppContext, actor: Actor, id: string): Promise<MoveOptions> {
  const now = ctx.clock.now();
  const stay = await openStay(ctx, actor, id, 'capacity.stay.move');
  const { db } = ctx.database;
  const [current, loaded, live] = await Promise.all([
    openAssignments(db, id),
    loadModel(db, actor.centreId),
    loadLiveRecords(db, actor.centreId, now, id),
  ]);
  // The adult first, then the children: the order of the beds in an option.
  const household = [...current].sort(
    (a, b) => Number(b.person_id === stay.person_id) - Number(a.person_id === stay.person_id),
  );
  const adult = household.find((a) => a.person_id === stay.person_id);
  const date = localDate(now);
  const need = needOf(
    adult?.gender ?? 'unknown',
    household
      .filter((a) => a !== adult)
      .map((a) => ({ age: childAgeFor(a.birth_date, undefined, date), gender: a.gender })),
    {
      accessible: false,
      floor: 'any',
      meetsScreenedCriteria: stay.meets_screened_criteria === 1,
      screenedExclusions: [],
      stayKind: stay.kind ?? 'crisis',
    },
  );
  // Without its adult in a bed the household cannot be laid out as an option's beds are.
  if (!adult) return { options: [] };
  const search = findPlaces(
    loaded.model,
    occupancyAt(loaded.model, live.records, now),
    need,
    live.waiting,
  );
  return {
    options: search.options.flatMap((o) => {
      const moves = household.flatMap((a, i) => {
        const bedId = o.bedIds[i]!;
        if (bedId === a.bed_id) return [];
        const bed = loaded.beds.get(bedId)!;
        return [
          {
            personId: a.person_id,
            isChild: a !== adult,
            bedId,
            bedLabel: bed.label,
            bedKind: bed.kind,
          },
        ];
      });
      if (moves.length === 0) return [];
      return [
        {
          rank: o.rank,
          unitId: o.unitId,
          unitName: loaded.units.get(o.unitId)?.name ?? '',
          roomId: o.roomId,
          roomName: o.roomId ? (loaded.rooms.get(o.roomId)?.name ?? null) : null,
          tier: o.tier,
          condition: o.condition,
          moves,
        },
      ];
    }),
  };
}
