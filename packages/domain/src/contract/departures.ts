import { z } from 'zod';
import { departureDestinations, departureReasons } from '../departures/index.ts';

/** Registering a departure, as the API takes it and the web's departure form checks it. */

export const instant = z.iso.datetime({ offset: true, error: 'An ISO 8601 date and time' });

export const outcome = {
  destination: z.enum(departureDestinations),
  reason: z.enum(departureReasons),
};

export const withoutNotice = z.object({
  policeNotified: z.boolean(),
  contactsTried: z.string().trim().max(2000),
});

export const departureBody = z.object({
  /** The stay's version as read. */
  version: z.number().int().min(1),
  /** When the person left; defaults to now. For a leave without notice: the last known time. */
  at: instant.optional(),
  ...outcome,
  /** Whether the police were involved; required for a move for safety or to another centre. */
  policeInvolved: z.boolean().nullable().default(null),
  /** A leave without notice, with the safety follow-up: what was done to reach the person. */
  withoutNotice: withoutNotice.nullable().default(null),
  /** Every child of the stay, each with their own destination and reason. */
  children: z
    .array(z.object({ personId: z.uuid(), ...outcome }))
    .max(10)
    .default([]),
});
