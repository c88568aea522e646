/** The areas of the mapping of help needs (kartlegging av hjelpebehov). */
export const helpNeedAreas = [
  'housing',
  'economy_debt',
  'health',
  'mental_health',
  'substance_use',
  'residence_status',
  'work_school',
  'legal_help',
  'children',
  'language_interpreter',
] as const;
export type HelpNeedArea = (typeof helpNeedAreas)[number];

export const helpNeedLevels = ['none', 'some', 'large', 'unknown'] as const;
export type HelpNeedLevel = (typeof helpNeedLevels)[number];

export interface HelpNeed {
  level: HelpNeedLevel;
  note: string | null;
}

export type HelpNeeds = Partial<Record<HelpNeedArea, HelpNeed>>;

/** The areas not yet answered; children's needs only when children came along. */
export function unansweredHelpNeeds(needs: HelpNeeds, withChildren: boolean): HelpNeedArea[] {
  return helpNeedAreas.filter(
    (area) => needs[area] === undefined && (withChildren || area !== 'children'),
  );
}
