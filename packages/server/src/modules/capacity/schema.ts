/*
 * Capacity's shared wire vocabulary: the enums, primitives and the household's need that every
 * capacity schema (and intake's) builds on. It imports nothing of capacity, so capacity/index.ts can
 * export from it before anything that reaches back through intake.
 */
import { floorNeeds, screenedExclusions } from '@havn/domain';
import { z } from 'zod';

export const id = z.string();
export const instant = z.iso.datetime({ offset: true, error: 'An ISO 8601 date and time' });
export const version = z.number().int().min(1);

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
