import {
  dailyOccupancy,
  indexBeds,
  monthlyOvernights,
  overFullDays,
  type Actor,
  type CapacityStay,
  type MonthOvernights,
  type StayKind,
} from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { loadSettings } from './configuration.ts';
import { loadModel } from './model.ts';
import type { historyResponse } from './history-schema.ts';

type History = z.infer<typeof historyResponse>;

const dayMs = 86_400_000;

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

interface AssignmentRow {
  stay_id: string;
  kind?: StayKind;
  adult_id: string;
  person_id: string;
  bed_id: string;
  from_at: string;
  to_at: string | null;
}

/**
 * A stay as stretches between its moves: within a stretch the same people sleep in the same
 * beds. Each stretch is a `CapacityStay` of its own, so the rules count nights in the unit where
 * they were spent; the nights of the stretches add up to the stay's (a move splits no night).
 * Only the number of children counts here, not their ages.
 */
export function stretchesOf(
  stayId: string,
  adultId: string,
  rows: readonly AssignmentRow[],
): CapacityStay[] {
  const times = new Set<string>();
  for (const r of rows) {
    times.add(r.from_at);
    if (r.to_at !== null) times.add(r.to_at);
  }
  const sorted = [...times].sort();
  const open = rows.some((r) => r.to_at === null);
  const stretches: CapacityStay[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const start = sorted[i]!;
    const end = sorted[i + 1] ?? null;
    if (end === null && !open) break;
    const covering = rows.filter(
      (r) => r.from_at <= start && (r.to_at === null || (end !== null && r.to_at >= end)),
    );
    if (covering.length === 0) continue;
    covering.sort((a, b) => Number(b.person_id === adultId) - Number(a.person_id === adultId));
    stretches.push({
      id: `${stayId}:${i}`,
      adultGender: 'other',
      childAges: covering.filter((r) => r.person_id !== adultId).map(() => 0),
      bedIds: covering.map((r) => r.bed_id),
      arrival: new Date(start),
      departure: end === null ? null : new Date(end),
      lentScreened: false,
      transitionForWoman: false,
      kind: covering[0]!.kind ?? 'crisis',
    });
  }
  return stretches;
}

const plain = ({ adults, children, total }: MonthOvernights) => ({ adults, children, total });

/**
 * Occupancy per night and overnights per month from `from` to `to` (YYYY-MM), for the centre,
 * per unit and per target group, with the nights the centre was over full — by the domain's
 * `dailyOccupancy`, `monthlyOvernights` and `overFullDays`, on Oslo dates. Reads the stays that
 * touch the range (with a day's margin for the time zone), not the whole history.
 */
export async function getHistory(
  ctx: AppContext,
  actor: Actor,
  range: { from: string; to: string },
): Promise<History> {
  const now = ctx.clock.now();
  const { db } = ctx.database;
  const firstDate = `${range.from}-01`;
  const lastDate = lastDayOf(range.to);
  const after = new Date(Date.parse(`${firstDate}T00:00:00Z`) - dayMs).toISOString();
  const before = new Date(Date.parse(`${lastDate}T00:00:00Z`) + 2 * dayMs).toISOString();
  const [loaded, settings, rows] = await Promise.all([
    loadModel(db, actor.centreId),
    loadSettings(db, actor.centreId),
    db
      .selectFrom('bed_assignments as a')
      .innerJoin('stays as s', 's.id', 'a.stay_id')
      .select([
        'a.stay_id',
        's.kind',
        's.person_id as adult_id',
        'a.person_id',
        'a.bed_id',
        'a.from_at',
        'a.to_at',
      ])
      .where('s.centre_id', '=', actor.centreId)
      .where('s.arrival_at', '<', before)
      .where((eb) => eb.or([eb('s.departure_at', 'is', null), eb('s.departure_at', '>', after)]))
      .execute(),
  ]);

  const byStay = new Map<string, AssignmentRow[]>();
  for (const row of rows) {
    const list = byStay.get(row.stay_id);
    if (list) list.push(row);
    else byStay.set(row.stay_id, [row]);
  }
  const stretches = [...byStay.entries()].flatMap(([stayId, list]) =>
    stretchesOf(stayId, list[0]!.adult_id, list),
  );

  const { model } = loaded;
  const units = model.sites.flatMap((site) => site.units);
  const beds = indexBeds(model);
  const unitOf = (stay: CapacityStay) =>
    stay.bedIds.map((id) => beds.get(id)?.unit).find((u) => u !== undefined);
  const monthRange = { from: range.from, to: range.to };

  // The centre's figures count transition stays only if the centre says so; a unit's own
  // figures count whoever lived there.
  const counting = { transitionStaysCount: settings.transitionStaysCount };
  const days = dailyOccupancy(model, stretches, { from: firstDate, to: lastDate }, now, counting);
  const centre = monthlyOvernights(stretches, monthRange, now, counting);
  const perUnit = new Map(
    units.map((unit) => [
      unit.id,
      monthlyOvernights(
        stretches.filter((s) => unitOf(s)?.id === unit.id),
        monthRange,
        now,
        { transitionStaysCount: true },
      ),
    ]),
  );
  const groups = [...new Set(units.map((u) => u.targetGroup))];
  const perGroup = new Map(
    groups.map((group) => [
      group,
      monthlyOvernights(
        stretches.filter((s) => unitOf(s)?.targetGroup === group),
        monthRange,
        now,
        counting,
      ),
    ]),
  );

  const over = overFullDays(days);
  return {
    from: range.from,
    to: range.to,
    units: units.map((u) => ({ id: u.id, name: u.name, targetGroup: u.targetGroup })),
    days,
    months: centre.map((row, i) => {
      const monthDays = days.filter((d) => d.date.startsWith(row.month));
      const placeNights = monthDays.reduce((sum, d) => sum + d.capacity, 0);
      return {
        ...plain(row),
        month: row.month,
        placeNights,
        occupancy: placeNights > 0 ? row.total / placeNights : null,
        overFullDays: monthDays.filter((d) => d.overFull).length,
        byUnit: Object.fromEntries(units.map((u) => [u.id, plain(perUnit.get(u.id)![i]!)])),
        byTargetGroup: Object.fromEntries(groups.map((g) => [g, plain(perGroup.get(g)![i]!)])),
      };
    }),
    overFullDays: over,
  };
}
