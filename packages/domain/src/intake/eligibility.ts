import { screenedVerdict } from '../capacity/fit.ts';
import type { ScreenedExclusion, ScreeningRules } from '../capacity/types.ts';

/** Who a crisis centre is for (krisesenterloven § 1 and Bufdir's guidance). */
export const intakeTargetGroups = [
  'violence_close_relations',
  'trafficking',
  'honour_related',
  'forced_marriage',
  'other',
] as const;
export type IntakeTargetGroup = (typeof intakeTargetGroups)[number];

/** The vulnerable groups the screened unit is for (DOMAIN.md §4, "rom 23"). */
export const screenedVulnerabilities = ['mental_illness', 'substance_use', 'behaviour'] as const;
export type ScreenedVulnerability = (typeof screenedVulnerabilities)[number];

/** Staff's structured answers when the screened unit is considered. */
export interface ScreenedAnswers {
  vulnerabilities: readonly ScreenedVulnerability[];
  psychotic: boolean;
  /** Can manage their own daily living: hygiene, cleaning, cooking. */
  managesDailyLiving: boolean;
}

/**
 * The answers as the screened unit's rule (`screenedVerdict`) reads them: a vulnerable group
 * meets the criteria; being psychotic, or not managing one's own daily living, are exclusions.
 * Whether an exclusion refuses the person is the unit's configuration, not the intake's.
 */
export function screenedFindings(answers: ScreenedAnswers | null): {
  meetsScreenedCriteria: boolean;
  screenedExclusions: ScreenedExclusion[];
} {
  if (answers === null) return { meetsScreenedCriteria: false, screenedExclusions: [] };
  const exclusions: ScreenedExclusion[] = [];
  if (answers.psychotic) exclusions.push('psychotic');
  if (!answers.managesDailyLiving) exclusions.push('cannot_manage_daily_living');
  return {
    meetsScreenedCriteria: answers.vulnerabilities.length > 0,
    screenedExclusions: exclusions,
  };
}

export interface EligibilityInput {
  targetGroups: readonly IntakeTargetGroup[];
  homeMunicipalityNumber: string | null;
  /** The municipalities in the centre's cooperation (host and partners). */
  cooperation: readonly string[];
  dangerToSelfOrOthers: boolean;
  exclusionReason: string | null;
  /** Null when the screened unit is not considered. */
  screened: ScreenedAnswers | null;
  /** The rules of the centre's screened units (none: nothing to be refused for). */
  screenedUnits: readonly (ScreeningRules | null)[];
}

export type EligibilityProblem = 'no_target_group' | 'exclusion_needs_reason';

export interface Eligibility {
  outcome: 'eligible' | 'excluded';
  /** Helped all the same; billing and agreement need to know. */
  outsideCooperation: boolean;
  /** No home municipality known yet: also worth a follow-up. */
  homeMunicipalityUnknown: boolean;
  /** The target group of one of the centre's screened units, with no exclusion it refuses. */
  meetsScreenedCriteria: boolean;
  /** The exclusions for which a screened unit refuses the person («ikke aktuell»). */
  screenedRefusal: ScreenedExclusion[];
}

/**
 * Whether the centre takes the person in. A danger to self or others excludes (the home
 * municipality provides another offer, per the cooperation agreement) and must be reasoned.
 * Living outside the cooperation never excludes: the person is helped and the stay flagged.
 */
export function assessEligibility(
  input: EligibilityInput,
): { ok: true; result: Eligibility } | { ok: false; problems: EligibilityProblem[] } {
  const problems: EligibilityProblem[] = [];
  if (input.targetGroups.length === 0 && !input.dangerToSelfOrOthers)
    problems.push('no_target_group');
  if (input.dangerToSelfOrOthers && !input.exclusionReason?.trim())
    problems.push('exclusion_needs_reason');
  if (problems.length > 0) return { ok: false, problems };
  const known = input.homeMunicipalityNumber;
  const findings = screenedFindings(input.screened);
  const verdicts = input.screenedUnits.map((rules) => screenedVerdict(rules, findings));
  const refusal = new Set(verdicts.flatMap((v) => (v.verdict === 'refused' ? v.exclusions : [])));
  return {
    ok: true,
    result: {
      outcome: input.dangerToSelfOrOthers ? 'excluded' : 'eligible',
      outsideCooperation: known !== null && !input.cooperation.includes(known),
      homeMunicipalityUnknown: known === null,
      meetsScreenedCriteria: verdicts.some((v) => v.verdict === 'target'),
      screenedRefusal: [...refusal],
    },
  };
}

/** Contact-log topics that point to a target group; violence of any form is violence in close relations. */
const groupOfTopic: Record<string, IntakeTargetGroup> = {
  physical: 'violence_close_relations',
  psychological: 'violence_close_relations',
  sexual: 'violence_close_relations',
  material_economic: 'violence_close_relations',
  digital: 'violence_close_relations',
  latent: 'violence_close_relations',
  human_trafficking: 'trafficking',
  honour_related: 'honour_related',
  genital_mutilation: 'honour_related',
  forced_marriage: 'forced_marriage',
  other: 'other',
};

/** A first suggestion of target groups from the topics of a logged contact, in the list's order. */
export function targetGroupsFromTopics(topics: readonly string[]): IntakeTargetGroup[] {
  const found = new Set(topics.flatMap((t) => groupOfTopic[t] ?? []));
  return intakeTargetGroups.filter((g) => found.has(g));
}
