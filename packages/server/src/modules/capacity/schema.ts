import {
  allocations,
  bedKinds,
  bedStates,
  childSexes,
  floorNeeds,
  placeConditions,
  placeTiers,
  screenedExclusions,
  targetGroups,
  unfitReasons,
  unitKinds,
  waitingResolutions,
} from '@havn/domain';
import { z } from 'zod';

const id = z.string();
const instant = z.iso.datetime({ offset: true, error: 'An ISO 8601 date and time' });
const version = z.number().int().min(1);

// ---- The board ----

export const boardQuery = z.object({
  targetGroup: z.enum(targetGroups).optional(),
  /** `true`: only universally designed units; `false`: only the others. */
  accessible: z.stringbool().optional(),
});

export const totals = z.object({
  /** Every bed, extra beds included. */
  beds: z.number().int(),
  /** Ordinary places: beds and cots. Extra beds are not capacity. */
  places: z.number().int(),
  /** Beds in the state free, wherever they are. */
  free: z.number().int(),
  /**
   * Free beds that can be given to a household now: in rooms (or units let as a whole) no
   * household lives in, with nothing reserved and nothing being cleaned.
   */
  offered: z.number().int(),
  /** Rooms, or units let as a whole, that a household can be given now. */
  offeredPlaces: z.number().int(),
  occupied: z.number().int(),
  lent: z.number().int(),
  reserved: z.number().int(),
  beingCleaned: z.number().int(),
  outOfService: z.number().int(),
  /** People in the beds shown: adults and children. */
  persons: z.number().int(),
  adults: z.number().int(),
  children: z.number().int(),
});

const occupant = z.object({
  stayId: id,
  /** State it when moving or ending the stay. */
  stayVersion: z.number().int(),
  personId: id,
  isChild: z.boolean(),
  /** The alias or the initials — never a name; null when this actor may not open the person. */
  label: z.string().nullable(),
  /** Day N of the stay: the day of arrival is day 1 (Oslo dates). */
  day: z.number().int(),
});

const boardBed = z.object({
  id,
  label: z.string(),
  kind: z.enum(bedKinds),
  state: z.enum(bedStates),
  /** Being cleaned since the bed was left; out of service since. */
  since: z.string().nullable(),
  /** Why the bed is out of service. */
  reason: z.string().nullable(),
  occupant: occupant.nullable(),
  /** The reservation holding a reserved bed: a label (alias or initials) and until when. */
  reservation: z
    .object({ id, label: z.string(), expectedArrivalAt: z.string(), expiresAt: z.string() })
    .nullable(),
});

const demoValues = z.array(z.string());

/** Free beds that cannot be given to another household, and why; null when there are none. */
const idle = z
  .object({ beds: z.number().int(), because: z.enum(['household', 'reserved', 'being_cleaned']) })
  .nullable();

export const board = z.object({
  at: z.string(),
  sites: z.array(
    z.object({
      id,
      name: z.string(),
      demoValues,
      units: z.array(
        z.object({
          id,
          name: z.string(),
          kind: z.enum(unitKinds),
          allocation: z.enum(allocations),
          targetGroup: z.enum(targetGroups),
          screened: z.boolean(),
          accessible: z.boolean(),
          floor: z.number().int(),
          mayServeAsTransition: z.boolean(),
          transitionApartment: z.boolean(),
          features: z.array(z.string()),
          demoValues,
          totals,
          /** For a unit let as a whole. */
          idle,
          rooms: z.array(
            z.object({
              id,
              name: z.string(),
              demoValues,
              /** For a room handed out on its own. */
              idle,
              beds: z.array(boardBed),
            }),
          ),
        }),
      ),
    }),
  ),
  alerts: z.array(
    z.discriminatedUnion('code', [
      z.object({
        code: z.literal('move_out_of_screened_unit'),
        siteId: id,
        unitId: id,
        lentStayId: id,
        admittedStayIds: z.array(id),
        waitingIds: z.array(id),
      }),
      z.object({
        code: z.literal('vacate_transition_place'),
        siteId: id,
        unitId: id,
        /** The stay of the woman who lives there as a transition home and must move. */
        stayId: id,
        waitingIds: z.array(id),
        /** When a man first needed the place. */
        raisedAt: z.string(),
        /** Her alias or initials — never a name; null when this actor may not open her. */
        occupantLabel: z.string().nullable(),
        /** Whether this actor may open her stay page. */
        canOpenStay: z.boolean(),
      }),
    ]),
  ),
  totals,
});

// ---- Finding a place ----

/** What the household needs beyond who it is: the same fields when starting or moving a stay. */
export const needFields = z.object({
  accessible: z.boolean().default(false),
  floor: z.enum(floorNeeds).default('any'),
  /** Staff's assessment that the adult meets the screened unit's admission criteria. */
  meetsScreenedCriteria: z.boolean().default(false),
  /** What staff found that a screened unit may not take; such a person is never offered it. */
  screenedExclusions: z.array(z.enum(screenedExclusions)).max(2).default([]),
  /** For an adult of gender 'other': the housing chosen together with the person. */
  housing: z.enum(['women', 'men']).optional(),
  /** A place for a transition stay (in a transition apartment) rather than a crisis stay. */
  stayKind: z.enum(['crisis', 'transition']).default('crisis'),
});

export const findBody = needFields.extend({
  adultGender: z.enum(['female', 'male', 'other']),
  childAges: z.array(z.number().int().min(0).max(17)).max(10).default([]),
  /** The children's sexes in the order of `childAges`; one not given counts as unknown. */
  childSexes: z.array(z.enum(childSexes)).max(10).default([]),
});

export const findResponse = z.object({
  options: z.array(
    z.object({
      rank: z.number().int(),
      siteId: id,
      unitId: id,
      unitName: z.string(),
      /** Null when the household gets the whole unit. */
      roomId: id.nullable(),
      roomName: z.string().nullable(),
      /** One bed per person: the adult's first, then the children's in the order asked. */
      beds: z.array(z.object({ id, label: z.string(), kind: z.enum(bedKinds) })),
      tier: z.enum(placeTiers),
      spareBeds: z.number().int(),
      order: z.array(z.object({ code: z.string(), count: z.number().int().optional() })),
      /** What the household must accept with this place, as a code the web words. */
      condition: z.enum(placeConditions).nullable(),
      stayFlags: z.object({ lentScreened: z.boolean(), transitionForWoman: z.boolean() }),
    }),
  ),
  notFitting: z.array(
    z.object({
      siteId: id,
      unitId: id,
      unitName: z.string(),
      reasons: z.array(z.enum(unfitReasons)),
      /** With `screened_exclusion`: what the screened unit does not take. */
      exclusions: z.array(z.enum(screenedExclusions)),
      /** With `boys_age_limit`: the ages of the boys older than the unit's limit. */
      boysOverAge: z.array(z.number().int()),
      /** The unit's age limit for boys; null: none. */
      boysMaxAge: z.number().int().nullable(),
    }),
  ),
  /** Places that must be vacated for this household (a lent screened unit, a transition home). */
  alerts: board.shape.alerts,
});

// ---- Stays ----

export const stayIdParams = z.object({ id: z.uuid({ error: 'Not a stay id' }) });
export const bedIdParams = z.object({ id: z.uuid({ error: 'Not a bed id' }) });

const newAlias = z.string().trim().min(1).max(100);

export const startStayBody = z.object({
  /** The adult (a person record that is not a child's); or `newPerson`, not both. */
  personId: z.uuid().optional(),
  /**
   * An adult known by alias only, registered in the stay's transaction: a stay refused (the last
   * bed went to someone else) leaves no record behind, so trying another bed registers nobody twice.
   */
  newPerson: z.object({ alias: newAlias, gender: z.enum(['female', 'male', 'other']) }).optional(),
  bedId: z.uuid(),
  children: z
    .array(
      z.object({
        /** The child's record; or `alias`, not both. */
        personId: z.uuid().optional(),
        /** A child known by alias only, registered with the stay as `newPerson` is. */
        alias: newAlias.optional(),
        bedId: z.uuid(),
        /** Used only when the child's record has no birth date (cot or bed). */
        age: z.number().int().min(0).max(17).optional(),
      }),
    )
    .max(10)
    .default([]),
  /** Defaults to now; never in the future. */
  arrivalAt: instant.optional(),
  need: needFields.prefault({}),
  /**
   * The reservation this household takes up. Without it, a reservation held for this very
   * person on these beds is taken up; any other reserved bed is refused (409).
   */
  reservationId: z.uuid().optional(),
  /**
   * The home municipality at arrival, which the stay's agreement follows; null when it is not
   * known. Left out: the one on the person's record. Corrected later on the stay page.
   */
  homeMunicipalityNumber: z
    .string()
    .regex(/^\d{4}$/, 'A four-digit municipality number')
    .nullable()
    .optional(),
});

export const stayFlags = z.object({ lentScreened: z.boolean(), transitionForWoman: z.boolean() });
export const startStayResponse = z.object({
  id,
  version: z.number().int(),
  flags: stayFlags,
  /** The adult's record, and the children's in the order given: new ones included. */
  personId: id,
  childIds: z.array(id),
});

export const moveBody = z.object({
  version,
  /** Defaults to now; never in the future, never before the person came to the bed they leave. */
  at: instant.optional(),
  moves: z
    .array(z.object({ personId: z.uuid(), bedId: z.uuid() }))
    .min(1)
    .max(11),
  need: needFields.prefault({}),
});

export const stayChangeResponse = z.object({ version: z.number().int(), flags: stayFlags });

export const outOfServiceBody = z.object({
  reason: z.string().trim().min(1, 'Say why the bed is out of service').max(200),
});

export const bedStatusResponse = z.object({ bedId: id, state: z.enum(bedStates) });

// ---- History ----

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM');

/** The longest range one request may ask for; the figures are per day. */
export const historyMaxMonths = 24;

export const historyQuery = z
  .object({ from: month, to: month })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => monthsBetween(q.from, q.to) < historyMaxMonths, {
    message: `At most ${historyMaxMonths} months at a time`,
    path: ['to'],
  });

export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

const figures = z.object({
  persons: z.number().int(),
  adults: z.number().int(),
  children: z.number().int(),
  occupiedBeds: z.number().int(),
  capacity: z.number().int(),
  overFull: z.boolean(),
});
const overnights = z.object({
  adults: z.number().int(),
  children: z.number().int(),
  total: z.number().int(),
});

export const historyResponse = z.object({
  from: z.string(),
  to: z.string(),
  units: z.array(z.object({ id, name: z.string(), targetGroup: z.enum(targetGroups) })),
  /** One row per night (the Oslo date it begins), tonight included once it is spent. */
  days: z.array(
    figures.extend({
      date: z.string(),
      byUnit: z.record(z.string(), figures),
      byTargetGroup: z.record(z.string(), figures),
    }),
  ),
  months: z.array(
    overnights.extend({
      month: z.string(),
      /** Places × nights of the month. */
      placeNights: z.number().int(),
      /** Overnights ÷ place-nights; null for a month without places. */
      occupancy: z.number().nullable(),
      overFullDays: z.number().int(),
      byUnit: z.record(z.string(), overnights),
      byTargetGroup: z.record(z.string(), overnights),
    }),
  ),
  /** The dates on which the centre as a whole had more persons than places. */
  overFullDays: z.array(z.string()),
});

// ---- Reservations and the waiting list ----

/** Alias or initials — never a name: the board shows it to everyone on duty. */
const householdLabel = z
  .string()
  .trim()
  .min(1, 'Give an alias or initials')
  .max(20, 'An alias or initials, at most 20 characters');

export const reservationIdParams = z.object({ id: z.uuid({ error: 'Not a reservation id' }) });
export const waitingIdParams = z.object({ id: z.uuid({ error: 'Not a waiting-list entry id' }) });

export const reserveBody = findBody.extend({
  /** One bed per person: the adult's first, then the children's in the order of `childAges`. */
  bedIds: z.array(z.uuid()).min(1).max(11),
  label: householdLabel,
  /** When staff know the person already; they must be able to open the record. */
  personId: z.uuid().optional(),
  expectedArrivalAt: instant,
  expiresAt: instant,
});

export const versionBody = z.object({ version });

const householdResponse = z.object({
  adultGender: z.enum(['female', 'male', 'other']),
  housing: z.enum(['women', 'men']).optional(),
  childAges: z.array(z.number().int()),
  accessible: z.boolean(),
  floor: z.enum(floorNeeds),
  meetsScreenedCriteria: z.boolean(),
});

export const reservationsResponse = z.object({
  items: z.array(
    z.object({
      id,
      version: z.number().int(),
      label: z.string(),
      personId: id.nullable(),
      need: householdResponse,
      /** The adult's bed first, then the children's. */
      beds: z.array(
        z.object({ id, label: z.string(), kind: z.enum(bedKinds), unitId: id, roomId: id }),
      ),
      expectedArrivalAt: z.string(),
      expiresAt: z.string(),
      createdAt: z.string(),
    }),
  ),
});

export const addWaitingBody = findBody.extend({
  label: householdLabel,
  personId: z.uuid().optional(),
  /** Waiting since; defaults to now, never in the future. */
  sinceAt: instant.optional(),
});

export const resolveWaitingBody = z.object({ version, resolution: z.enum(waitingResolutions) });

export const waitingResponse = z.object({
  items: z.array(
    z.object({
      id,
      version: z.number().int(),
      label: z.string(),
      personId: id.nullable(),
      need: householdResponse,
      sinceAt: z.string(),
    }),
  ),
});

export const moveOptionsResponse = z.object({
  options: z.array(
    z.object({
      rank: z.number().int(),
      unitId: id,
      unitName: z.string(),
      roomId: id.nullable(),
      roomName: z.string().nullable(),
      tier: z.enum(placeTiers),
      condition: z.enum(placeConditions).nullable(),
      /** The people whose bed changes, each with the bed they move to. */
      moves: z.array(
        z.object({
          personId: id,
          isChild: z.boolean(),
          bedId: id,
          bedLabel: z.string(),
          bedKind: z.enum(bedKinds),
        }),
      ),
    }),
  ),
});
