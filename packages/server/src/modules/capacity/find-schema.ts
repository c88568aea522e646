import {
  bedKinds,
  childSexes,
  placeConditions,
  placeTiers,
  screenedExclusions,
  unfitReasons,
} from '@havn/domain';
import { z } from 'zod';
import { board } from './board-schema.ts';
import { id, needFields } from './schema.ts';

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
