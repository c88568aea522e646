/**
 * Mapping of threats and protection needs (kartlegging av trusler og beskyttelsesbehov), which
 * the regulation on physical security requires for every user. The items are the centre's own
 * and configurable; the default set below is written in Havn's own words — deliberately not the
 * text of any published risk instrument, which is copyrighted and needs training to use.
 */

/** How far an item applies, now and earlier. */
export const threatAnswers = ['present', 'partly', 'no', 'unknown'] as const;
export type ThreatAnswer = (typeof threatAnswers)[number];

/** The staff member's overall judgement of the risk. */
export const riskJudgements = ['low', 'medium', 'high'] as const;
export type RiskJudgement = (typeof riskJudgements)[number];

/** Why an assessment was made; every assessment is a new row, never an edit. */
export const assessmentKinds = ['initial', 'scheduled', 'after_incident'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

export const incidentKinds = [
  'threats',
  'perpetrator_at_door',
  'rule_breach',
  'self_harm',
  'violence_between_residents',
  'other',
] as const;
export type IncidentKind = (typeof incidentKinds)[number];

export interface ThreatItemText {
  key: string;
  nb: string;
  en: string;
}

/** The default item set a centre starts with; the unit leader rewords, adds and retires items. */
export const defaultThreatItems: readonly ThreatItemText[] = [
  {
    key: 'perpetrators',
    nb: 'Hvem utøver volden, og hva er relasjonen til brukeren?',
    en: 'Who uses the violence, and how are they related to the user?',
  },
  {
    key: 'escalation',
    nb: 'Har volden eller truslene blitt hyppigere eller grovere over tid?',
    en: 'Has the violence or have the threats become more frequent or more severe over time?',
  },
  {
    key: 'weapons',
    nb: 'Har utøveren brukt eller truet med våpen, eller har tilgang til våpen?',
    en: 'Has the perpetrator used or threatened with a weapon, or do they have access to one?',
  },
  {
    key: 'threats_to_kill',
    nb: 'Har utøveren truet med å ta livet av brukeren, barna eller seg selv?',
    en: 'Has the perpetrator threatened to kill the user, the children or themselves?',
  },
  {
    key: 'strangulation',
    nb: 'Har utøveren tatt tak rundt halsen eller på annen måte hindret pusten?',
    en: "Has the perpetrator gripped the user's neck or otherwise stopped their breathing?",
  },
  {
    key: 'stalking',
    nb: 'Følger etter, overvåker eller oppsøker utøveren brukeren?',
    en: 'Does the perpetrator follow, watch or seek out the user?',
  },
  {
    key: 'order_breaches',
    nb: 'Har utøveren brutt besøksforbud, kontaktforbud eller andre pålegg?',
    en: 'Has the perpetrator broken a restraining order, a no-contact order or other orders?',
  },
  {
    key: 'police_involvement',
    nb: 'Har politiet vært involvert (anmeldelse, utrykning, voldsalarm)?',
    en: 'Have the police been involved (a report, a call-out, a violence alarm)?',
  },
  {
    key: 'earlier_convictions',
    nb: 'Er utøveren tidligere dømt for vold eller andre alvorlige lovbrudd?',
    en: 'Has the perpetrator earlier convictions for violence or other serious offences?',
  },
  {
    key: 'children',
    nb: 'Er barn utsatt for volden, har de sett eller hørt den, eller brukes de i konflikten?',
    en: 'Are children exposed to the violence, have they seen or heard it, or are they used in the conflict?',
  },
  {
    key: 'pets',
    nb: 'Er dyr truet eller skadet, eller brukes de som pressmiddel?',
    en: 'Are animals threatened or harmed, or used to put pressure on the user?',
  },
  {
    key: 'family_support',
    nb: 'Støtter familie eller nettverk utøveren eller volden?',
    en: 'Do family or others around support the perpetrator or the violence?',
  },
  {
    key: 'honour_context',
    nb: 'Er det tegn på æresrelatert kontroll, vold eller tvangsekteskap?',
    en: 'Are there signs of honour-related control, violence or forced marriage?',
  },
];

/** Reassessment interval in days: the default, and what a unit leader may set. */
export const reassessmentInterval = { default: 14, min: 1, max: 90 } as const;
