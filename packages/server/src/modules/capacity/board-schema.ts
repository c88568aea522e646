import {
  allocations,
  bedKinds,
  bedStates,
  targetGroups,
  unitFeatures,
  unitKinds,
} from '@havn/domain';
import { z } from 'zod';
import { id } from './schema.ts';

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
          features: z.array(z.enum(unitFeatures)),
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
