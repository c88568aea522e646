/** Where an intake stands: under way, done (the person moved in), or closed without a stay. */
export const intakeStatuses = ['in_progress', 'completed', 'excluded', 'abandoned'] as const;
export type IntakeStatus = (typeof intakeStatuses)[number];

/** The steps of an intake, in the order the wizard walks them. */
export const intakeSteps = [
  'household',
  'consent',
  'eligibility',
  'help_needs',
  'threats',
  'safety_plan',
  'primary_contact',
  'flags',
  'bed',
] as const;
export type IntakeStep = (typeof intakeSteps)[number];

/** Steps whose content another module saves; the intake only records that they were done. */
export const delegatedSteps = ['threats', 'safety_plan'] as const satisfies readonly IntakeStep[];
export type DelegatedStep = (typeof delegatedSteps)[number];

/**
 * What must be saved before the person moves in. The threat mapping and the safety plan are
 * required for every resident, but a person at the door at night gets a bed first: they stay
 * open on the intake (and on the start page) rather than block the move.
 */
export const requiredBeforeMoveIn = [
  'consent',
  'eligibility',
  'primary_contact',
] as const satisfies readonly IntakeStep[];

/** The step the wizard resumes at: the first not saved yet (household is saved at the start). */
export function firstIncompleteStep(saved: readonly IntakeStep[]): IntakeStep {
  return intakeSteps.find((s) => s !== 'household' && !saved.includes(s)) ?? 'bed';
}

/** The steps still missing before the move-in, in wizard order. */
export function missingBeforeMoveIn(saved: readonly IntakeStep[]): IntakeStep[] {
  return requiredBeforeMoveIn.filter((s) => !saved.includes(s));
}
