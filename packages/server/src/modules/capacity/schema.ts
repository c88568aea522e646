/*
 * Capacity's shared wire vocabulary: the enums, primitives and the household's need that every
 * capacity schema (and intake's) builds on. It imports nothing of capacity, so capacity/index.ts can
 * export from it before anything that reaches back through intake.
 */
import { z } from 'zod';

export const targetGroups = ['women_and_children', 'men', 'men_with_children', 'any'] as const;
export const unitKinds = ['house', 'apartment', 'screened_unit'] as const;
export const allocations = ['room', 'whole_unit'] as const;
export const bedKinds = ['bed', 'cot', 'extra_bed'] as const;
export const bedStates = [
  'free',
  'occupied',
  'reserved',
  'being_cleaned',
  'lent',
  'out_of_service',
] as const;
export const floorNeeds = ['any', 'ground_floor', 'not_ground_floor'] as const;
export const screenedExclusions = ['psychotic', 'cannot_manage_daily_living'] as const;
export const childSexes = ['girl', 'boy', 'unknown'] as const;
export const tiers = ['screened_target', 'regular', 'transition', 'lent'] as const;
export const unfitReasons = [
  'wrong_target_group',
  'boys_age_limit',
  'screened_exclusion',
  'screened_criteria',
  'screened_target_waiting',
  'not_accessible',
  'floor',
  'not_enough_beds',
  'transition_apartment',
  'not_transition_apartment',
  'regular_place_available',
  'occupied',
  'reserved',
  'being_cleaned',
  'out_of_service',
] as const;

export const unitFeatures = [
  'locked_gate',
  'second_locked_door',
  'security_door',
  'lift',
  'staff_office',
  'no_view_from_street',
  'fenced_garden',
  'own_entrance',
] as const;

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
