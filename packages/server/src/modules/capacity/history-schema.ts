import { targetGroups } from '@havn/domain';
import { z } from 'zod';
import { id } from './schema.ts';

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
