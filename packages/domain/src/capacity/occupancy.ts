import {
  addDaysToDate as addDays,
  daysBetweenDates,
  localDate,
  osloZone,
} from '../time/overnights.ts';
import { indexBeds } from './beds.ts';
import type { CapacityModel, CapacityStay, TargetGroup, Unit } from './types.ts';

/**
 * Day N of a stay at an instant, counted on Oslo calendar dates: the day of arrival is day 1, the
 * next day day 2, whatever the hours and daylight-saving changes. An instant before the arrival
 * is a data error and throws.
 */
export function stayDay(arrival: Date, at: Date, zone: string = osloZone): number {
  if (at.getTime() < arrival.getTime()) throw new RangeError('The instant is before the arrival');
  return daysBetweenDates(localDate(arrival, zone), localDate(at, zone)) + 1;
}

export interface OccupancyFigures {
  persons: number;
  adults: number;
  children: number;
  occupiedBeds: number;
  /** Ordinary places: beds and cots. Extra beds are not capacity; needing them is being over full. */
  capacity: number;
  /** More persons than places. */
  overFull: boolean;
}

export interface DayOccupancy extends OccupancyFigures {
  /** The calendar date (Oslo) the night begins. */
  date: string;
  byUnit: Record<string, OccupancyFigures>;
  /** Only the target groups the model has units for. */
  byTargetGroup: Partial<Record<TargetGroup, OccupancyFigures>>;
}

export interface MonthOvernights {
  /** YYYY-MM */
  month: string;
  adults: number;
  children: number;
  total: number;
}

/**
 * How the figures are counted. A transition stay (`kind: 'transition'`, in a transition
 * apartment after the crisis stay) is not a crisis-centre overnight unless the centre says so
 * (`transitionStaysCount`); then neither its persons nor the transition apartments' places enter
 * the centre's or the target groups' figures. A unit's own figures always count whoever lives there.
 */
export interface CountingOptions {
  transitionStaysCount?: boolean;
  zone?: string;
}

const counted = (stay: CapacityStay, options: CountingOptions): boolean =>
  options.transitionStaysCount === true || stay.kind !== 'transition';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const monthPattern = /^\d{4}-\d{2}$/;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The nights a stay has spent by `asOf`, as the dates they begin: [first, end). */
interface Nights {
  stay: CapacityStay;
  first: string;
  end: string;
}

/**
 * A stay's nights: from the arrival date up to the departure date (the night of the departure
 * day is not spent). A stay still going — or one whose departure lies after `asOf` — counts up to
 * `asOf`, so tonight is not counted before it is spent. Stays arriving after `asOf` count nothing.
 */
function nightsOf(stay: CapacityStay, asOf: Date, zone: string): Nights | null {
  if (stay.departure !== null && stay.departure.getTime() < stay.arrival.getTime())
    throw new RangeError(`CapacityStay ${stay.id}: departure is before arrival`);
  if (stay.arrival.getTime() > asOf.getTime()) return null;
  const end =
    stay.departure === null || stay.departure.getTime() > asOf.getTime() ? asOf : stay.departure;
  return { stay, first: localDate(stay.arrival, zone), end: localDate(end, zone) };
}

function places(unit: Unit): number {
  return unit.rooms.reduce(
    (sum, room) => sum + room.beds.filter((bed) => bed.kind !== 'extra_bed').length,
    0,
  );
}

function emptyFigures(capacity: number): OccupancyFigures {
  return { persons: 0, adults: 0, children: 0, occupiedBeds: 0, capacity, overFull: false };
}

/**
 * Occupancy per night from `from` to `to` (Oslo dates, both included): for each date, the persons
 * and beds of the stays that spent the night beginning that date — so a bed left in the morning
 * and taken again in the afternoon counts once, and the persons summed over the days equal the
 * overnights. Figures for the centre, per unit (the unit of the stay's first bed) and per target
 * group of the unit (a woman in a men's unit as transition counts under the men's unit); a
 * figure is over full when persons exceed ordinary places. `asOf` is "now" (see `nightsOf`);
 * transition stays as `options` say (see `CountingOptions`).
 */
export function dailyOccupancy(
  model: CapacityModel,
  stays: readonly CapacityStay[],
  range: { from: string; to: string },
  asOf: Date,
  options: CountingOptions = {},
): DayOccupancy[] {
  const zone = options.zone ?? osloZone;
  if (!datePattern.test(range.from) || !datePattern.test(range.to))
    throw new RangeError('Dates must be YYYY-MM-DD');
  const beds = indexBeds(model);
  const units = model.sites.flatMap((site) => site.units);
  const spans = stays.flatMap((stay) => nightsOf(stay, asOf, zone) ?? []);

  const days: DayOccupancy[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    const byUnit: Record<string, OccupancyFigures> = {};
    const byTargetGroup: Partial<Record<TargetGroup, OccupancyFigures>> = {};
    const centre = emptyFigures(0);
    for (const unit of units) {
      byUnit[unit.id] = emptyFigures(places(unit));
      if (unit.transitionApartment && !options.transitionStaysCount) continue;
      const group = (byTargetGroup[unit.targetGroup] ??= emptyFigures(0));
      group.capacity += places(unit);
      centre.capacity += places(unit);
    }
    const bedsTaken = new Set<string>();
    for (const { stay, first, end } of spans) {
      if (!(first <= date && date < end)) continue;
      const children = stay.childAges.length;
      const unit = stay.bedIds.map((id) => beds.get(id)?.unit).find((u) => u !== undefined);
      const add = (figures: OccupancyFigures | undefined): void => {
        if (!figures) return;
        figures.persons += 1 + children;
        figures.adults += 1;
        figures.children += children;
      };
      const inCentre = counted(stay, options);
      if (inCentre) add(centre);
      if (unit) {
        add(byUnit[unit.id]);
        if (inCentre) add(byTargetGroup[unit.targetGroup]);
      }
      for (const id of stay.bedIds) {
        const place = beds.get(id);
        if (!place || bedsTaken.has(id)) continue;
        bedsTaken.add(id);
        (byUnit[place.unit.id] as OccupancyFigures).occupiedBeds += 1;
        if (!inCentre) continue;
        centre.occupiedBeds += 1;
        const group = byTargetGroup[place.unit.targetGroup];
        if (group) group.occupiedBeds += 1;
      }
    }
    for (const figures of [centre, ...Object.values(byUnit), ...Object.values(byTargetGroup)])
      figures.overFull = figures.persons > figures.capacity;
    days.push({ date, ...centre, byUnit, byTargetGroup });
  }
  return days;
}

/** The dates on which the centre as a whole had more persons than places. */
export function overFullDays(days: readonly DayOccupancy[]): string[] {
  return days.filter((day) => day.overFull).map((day) => day.date);
}

/**
 * Overnights (overnattingsdøgn) per month from `from` to `to` (YYYY-MM, both included, months
 * without nights as zeros), adults and children apart. Each night counts in the month it begins:
 * 31 January to 2 February is one night in January and one in February. Counted on Oslo dates as
 * `overnights()` does, so daylight-saving changes and year ends change nothing; the totals over
 * all months equal `overnights()` of each stay times its persons. `asOf` is "now"; transition
 * stays are left out unless `options.transitionStaysCount`.
 */
export function monthlyOvernights(
  stays: readonly CapacityStay[],
  range: { from: string; to: string },
  asOf: Date,
  options: CountingOptions = {},
): MonthOvernights[] {
  const zone = options.zone ?? osloZone;
  if (!monthPattern.test(range.from) || !monthPattern.test(range.to))
    throw new RangeError('Months must be YYYY-MM');
  const months = new Map<string, MonthOvernights>();
  for (let month = range.from; month <= range.to; month = nextMonth(month))
    months.set(month, { month, adults: 0, children: 0, total: 0 });

  for (const stay of stays) {
    if (!counted(stay, options)) continue;
    const span = nightsOf(stay, asOf, zone);
    if (!span) continue;
    for (let month = span.first.slice(0, 7); `${month}-01` < span.end; month = nextMonth(month)) {
      const row = months.get(month);
      if (!row) continue;
      const start = span.first > `${month}-01` ? span.first : `${month}-01`;
      const nextStart = `${nextMonth(month)}-01`;
      const stop = span.end < nextStart ? span.end : nextStart;
      const nights = daysBetweenDates(start, stop);
      row.adults += nights;
      row.children += nights * stay.childAges.length;
      row.total += nights * (1 + stay.childAges.length);
    }
  }
  return [...months.values()];
}
