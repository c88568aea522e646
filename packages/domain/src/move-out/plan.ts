/**
 * The move-out plan (utflyttingsplan), kept from the day of arrival: the housing route, the steps
 * towards it, and the day the person became ready to move (flytteklar) — from then the stay only
 * waits for housing, and the place is blocked for someone in crisis.
 */
export const housingRoutes = [
  /** Back to own home; whether the perpetrator has been removed is recorded beside it. */
  'own_home',
  'municipal_housing',
  'private_rental',
  'nav_temporary_housing',
  'another_centre',
  'transition_apartment',
  'family_or_friends',
  'back_to_perpetrator',
  'unknown',
] as const;
export type HousingRoute = (typeof housingRoutes)[number];

/** The steps towards housing, in the order they usually come. */
export const moveOutStepKinds = [
  'housing_application',
  'stay_letter',
  'viewing',
  'deposit_guarantee',
  'decision',
] as const;
export type MoveOutStepKind = (typeof moveOutStepKinds)[number];

export interface MoveOutStep {
  id: string;
  kind: MoveOutStepKind;
  /** YYYY-MM-DD; null when no date is set. */
  dueOn: string | null;
  done: boolean;
}

/**
 * The step to act on next: the open one due first (undated ones after the dated, then in the
 * usual order of the steps); null when every step is done or none is planned.
 */
export function nextStep<S extends MoveOutStep>(steps: readonly S[]): S | null {
  const open = steps.filter((s) => !s.done);
  open.sort(
    (a, b) =>
      (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
      moveOutStepKinds.indexOf(a.kind) - moveOutStepKinds.indexOf(b.kind) ||
      a.id.localeCompare(b.id),
  );
  return open[0] ?? null;
}

/** The task text as stored on the case (the staff's language); the kind is the stable code. */
export const moveOutStepDescriptions: Record<MoveOutStepKind, string> = {
  housing_application: 'Utflytting: send søknad om bolig',
  stay_letter: 'Utflytting: lag bekreftelse på oppholdet til boligsøknaden',
  viewing: 'Utflytting: visning',
  deposit_guarantee: 'Utflytting: depositumsgaranti fra NAV',
  decision: 'Utflytting: vedtak om bolig',
};
