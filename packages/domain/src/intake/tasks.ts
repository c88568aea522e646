/** The work an intake's answers start at once; `ref` makes each task once per case. */
export const intakeTaskRefs = [
  'notify_imdi',
  'contact_udi',
  'notify_home_municipality',
  'notify_nav',
  'exclusion_notify_home_municipality',
] as const;
export type IntakeTaskRef = (typeof intakeTaskRefs)[number];

export interface IntakeTaskFacts {
  forcedMarriageSuspected: boolean;
  asylumSeeker: boolean;
  excluded: boolean;
  homeMunicipalityKnown: boolean;
  /** `mayShare` for each recipient on today's date. */
  mayNotifyHomeMunicipality: boolean;
  mayNotifyNav: boolean;
}

/**
 * Which tasks the facts call for: forced marriage → the national competence team (IMDi)
 * assesses quickly; an asylum seeker's housing is UDI's responsibility; the home municipality
 * and its welfare office are told soon after arrival so work on moving out starts at once
 * (only on consent); an excluded person's home municipality must provide another offer.
 */
export function intakeTasks(facts: IntakeTaskFacts): IntakeTaskRef[] {
  if (facts.excluded)
    return facts.homeMunicipalityKnown ? ['exclusion_notify_home_municipality'] : [];
  return [
    ...(facts.forcedMarriageSuspected ? (['notify_imdi'] as const) : []),
    ...(facts.asylumSeeker ? (['contact_udi'] as const) : []),
    ...(facts.homeMunicipalityKnown && facts.mayNotifyHomeMunicipality
      ? (['notify_home_municipality'] as const)
      : []),
    ...(facts.homeMunicipalityKnown && facts.mayNotifyNav ? (['notify_nav'] as const) : []),
  ];
}

/** The task text as stored on the case (the staff's language); `ref` is the stable code. */
export const intakeTaskDescriptions: Record<IntakeTaskRef, string> = {
  notify_imdi: 'Kontakt Kompetanseteamet mot tvangsekteskap (IMDi) for rask vurdering',
  contact_udi: 'Kontakt UDI om bolig (asylsøker)',
  notify_home_municipality: 'Varsle hjemkommunen om oppholdet',
  notify_nav: 'Varsle NAV-kontoret i hjemkommunen om oppholdet',
  exclusion_notify_home_municipality:
    'Be hjemkommunen sørge for et annet tilbud (ikke tatt inn: fare for seg selv eller andre)',
};
