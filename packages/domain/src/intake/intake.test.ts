import { describe, expect, it } from 'vitest';
import { mayShare, standingConsent, type Consent } from './consent.ts';
import { mossScreeningRules } from '../capacity/seeds.ts';
import {
  assessEligibility,
  screenedFindings,
  targetGroupsFromTopics,
  type EligibilityInput,
  type ScreenedAnswers,
} from './eligibility.ts';
import { unansweredHelpNeeds } from './help-needs.ts';
import { arrivalNotice, type NoticeFacts } from './notification.ts';
import { firstIncompleteStep, missingBeforeMoveIn } from './steps.ts';
import { intakeTasks, type IntakeTaskFacts } from './tasks.ts';

const consent = (c: Partial<Consent>): Consent => ({
  scope: 'home_municipality',
  granted: true,
  givenOn: '2026-11-24',
  how: 'oral',
  withdrawnOn: null,
  ...c,
});

describe('mayShare', () => {
  it('says no without a consent, and no for another recipient than the one consented to', () => {
    expect(mayShare([], 'home_municipality', '2026-11-24')).toBe(false);
    expect(mayShare([consent({ scope: 'nav' })], 'home_municipality', '2026-11-24')).toBe(false);
    expect(mayShare([consent({ scope: 'registration' })], 'police', '2026-11-24')).toBe(false);
  });

  it('counts from the day given, not before', () => {
    const c = [consent({ givenOn: '2026-11-24' })];
    expect(mayShare(c, 'home_municipality', '2026-11-23')).toBe(false);
    expect(mayShare(c, 'home_municipality', '2026-11-24')).toBe(true);
    expect(mayShare(c, 'home_municipality', '2027-01-01')).toBe(true);
  });

  it('stops on the day of withdrawal and stays stopped', () => {
    const c = [consent({ givenOn: '2026-11-24', withdrawnOn: '2026-12-31' })];
    expect(mayShare(c, 'home_municipality', '2026-12-30')).toBe(true);
    expect(mayShare(c, 'home_municipality', '2026-12-31')).toBe(false);
    expect(mayShare(c, 'home_municipality', '2027-01-01')).toBe(false);
  });

  it('lets the latest answer stand: a refusal after a consent, a new consent after a withdrawal', () => {
    const refusedLater = [
      consent({ givenOn: '2026-11-24' }),
      consent({ givenOn: '2026-11-26', granted: false }),
    ];
    expect(mayShare(refusedLater, 'home_municipality', '2026-11-25')).toBe(true);
    expect(mayShare(refusedLater, 'home_municipality', '2026-11-26')).toBe(false);
    const givenAgain = [
      consent({ givenOn: '2026-11-24', withdrawnOn: '2026-11-25' }),
      consent({ givenOn: '2026-11-28', how: 'written' }),
    ];
    expect(mayShare(givenAgain, 'home_municipality', '2026-11-27')).toBe(false);
    expect(mayShare(givenAgain, 'home_municipality', '2026-11-28')).toBe(true);
    expect(standingConsent(givenAgain, 'home_municipality', '2026-11-28')?.how).toBe('written');
  });

  it('handles a leap day and a year end as plain dates', () => {
    const c = [consent({ givenOn: '2028-02-29', withdrawnOn: '2029-01-01' })];
    expect(mayShare(c, 'home_municipality', '2028-02-28')).toBe(false);
    expect(mayShare(c, 'home_municipality', '2028-02-29')).toBe(true);
    expect(mayShare(c, 'home_municipality', '2028-12-31')).toBe(true);
    expect(mayShare(c, 'home_municipality', '2029-01-01')).toBe(false);
  });
});

const eligibility = (e: Partial<EligibilityInput>): EligibilityInput => ({
  targetGroups: ['violence_close_relations'],
  homeMunicipalityNumber: '5001',
  cooperation: ['5001', '5028'],
  dangerToSelfOrOthers: false,
  exclusionReason: null,
  screened: null,
  screenedUnits: [mossScreeningRules],
  ...e,
});

describe('assessEligibility', () => {
  it('takes in a person of a target group from a cooperating municipality', () => {
    expect(assessEligibility(eligibility({}))).toEqual({
      ok: true,
      result: {
        outcome: 'eligible',
        outsideCooperation: false,
        homeMunicipalityUnknown: false,
        meetsScreenedCriteria: false,
        screenedRefusal: [],
      },
    });
  });

  it('helps a person from outside the cooperation, flagged for billing', () => {
    const r = assessEligibility(eligibility({ homeMunicipalityNumber: '0301' }));
    expect(r).toMatchObject({
      ok: true,
      result: { outcome: 'eligible', outsideCooperation: true },
    });
  });

  it('flags an unknown home municipality without calling it outside', () => {
    const r = assessEligibility(eligibility({ homeMunicipalityNumber: null }));
    expect(r).toMatchObject({
      ok: true,
      result: { outsideCooperation: false, homeMunicipalityUnknown: true },
    });
  });

  it('excludes a danger to self or others, only with a reason', () => {
    expect(assessEligibility(eligibility({ dangerToSelfOrOthers: true }))).toEqual({
      ok: false,
      problems: ['exclusion_needs_reason'],
    });
    expect(
      assessEligibility(eligibility({ dangerToSelfOrOthers: true, exclusionReason: '  ' })),
    ).toMatchObject({ ok: false });
    expect(
      assessEligibility(
        eligibility({ targetGroups: [], dangerToSelfOrOthers: true, exclusionReason: 'Truet' }),
      ),
    ).toMatchObject({ ok: true, result: { outcome: 'excluded' } });
  });

  it('needs a target group for a person taken in', () => {
    expect(assessEligibility(eligibility({ targetGroups: [] }))).toEqual({
      ok: false,
      problems: ['no_target_group'],
    });
  });

  it('carries the screened unit’s criteria', () => {
    const r = assessEligibility(
      eligibility({
        screened: {
          vulnerabilities: ['substance_use'],
          psychotic: false,
          managesDailyLiving: true,
        },
      }),
    );
    expect(r).toMatchObject({ ok: true, result: { meetsScreenedCriteria: true } });
  });
});

describe('the screened unit at intake (one rule with find-a-place)', () => {
  const answers = (over: Partial<ScreenedAnswers> = {}): ScreenedAnswers => ({
    vulnerabilities: ['mental_illness'],
    psychotic: false,
    managesDailyLiving: true,
    ...over,
  });
  it.each([
    [answers(), true, []],
    [answers({ vulnerabilities: [] }), false, []],
    [answers({ psychotic: true }), false, ['psychotic']],
    [answers({ vulnerabilities: [], psychotic: true }), false, ['psychotic']],
    [answers({ managesDailyLiving: false }), false, ['cannot_manage_daily_living']],
  ] as const)('%j: target group %s, refused for %j', (screened, target, refusal) => {
    expect(assessEligibility(eligibility({ screened }))).toMatchObject({
      ok: true,
      result: { meetsScreenedCriteria: target, screenedRefusal: refusal },
    });
  });

  it('refuses only what the unit is configured not to take; no screened unit, no refusal', () => {
    const screened = answers({ psychotic: true });
    const takesAll = { ...mossScreeningRules, notTaken: [] };
    expect(assessEligibility(eligibility({ screened, screenedUnits: [takesAll] }))).toMatchObject({
      ok: true,
      result: { meetsScreenedCriteria: true, screenedRefusal: [] },
    });
    expect(assessEligibility(eligibility({ screened, screenedUnits: [] }))).toMatchObject({
      ok: true,
      result: { meetsScreenedCriteria: false, screenedRefusal: [] },
    });
  });

  it('gives find-a-place the criteria and the exclusions, not a verdict of its own', () => {
    expect(screenedFindings(answers({ psychotic: true, managesDailyLiving: false }))).toEqual({
      meetsScreenedCriteria: true,
      screenedExclusions: ['psychotic', 'cannot_manage_daily_living'],
    });
    expect(screenedFindings(null)).toEqual({
      meetsScreenedCriteria: false,
      screenedExclusions: [],
    });
  });
});

describe('help needs and steps', () => {
  it('asks about children’s needs only when children came along', () => {
    expect(unansweredHelpNeeds({}, false)).not.toContain('children');
    expect(unansweredHelpNeeds({}, true)).toContain('children');
    expect(unansweredHelpNeeds({ housing: { level: 'large', note: null } }, true)).not.toContain(
      'housing',
    );
  });

  it('resumes at the first step not saved, and lists what blocks the move-in', () => {
    expect(firstIncompleteStep([])).toBe('consent');
    expect(firstIncompleteStep(['consent', 'eligibility'])).toBe('help_needs');
    expect(firstIncompleteStep(['consent', 'eligibility', 'help_needs', 'primary_contact'])).toBe(
      'threats',
    );
    expect(
      firstIncompleteStep([
        'consent',
        'eligibility',
        'help_needs',
        'threats',
        'safety_plan',
        'primary_contact',
        'flags',
        'bed',
      ]),
    ).toBe('bed');
    expect(missingBeforeMoveIn(['consent'])).toEqual(['eligibility', 'primary_contact']);
    expect(missingBeforeMoveIn(['consent', 'eligibility', 'primary_contact'])).toEqual([]);
  });
});

const facts = (f: Partial<IntakeTaskFacts>): IntakeTaskFacts => ({
  forcedMarriageSuspected: false,
  asylumSeeker: false,
  excluded: false,
  homeMunicipalityKnown: true,
  mayNotifyHomeMunicipality: false,
  mayNotifyNav: false,
  ...f,
});

describe('intakeTasks', () => {
  it('starts IMDi and UDI work on the flags', () => {
    expect(intakeTasks(facts({ forcedMarriageSuspected: true, asylumSeeker: true }))).toEqual([
      'notify_imdi',
      'contact_udi',
    ]);
  });
  it('notifies the home municipality and NAV only on consent and a known municipality', () => {
    expect(intakeTasks(facts({ mayNotifyHomeMunicipality: true }))).toEqual([
      'notify_home_municipality',
    ]);
    expect(intakeTasks(facts({ mayNotifyHomeMunicipality: true, mayNotifyNav: true }))).toEqual([
      'notify_home_municipality',
      'notify_nav',
    ]);
    expect(
      intakeTasks(facts({ homeMunicipalityKnown: false, mayNotifyHomeMunicipality: true })),
    ).toEqual([]);
  });
  it('asks the home municipality for another offer when the person is excluded', () => {
    expect(intakeTasks(facts({ excluded: true, forcedMarriageSuspected: true }))).toEqual([
      'exclusion_notify_home_municipality',
    ]);
  });
});

describe('arrivalNotice', () => {
  const notice: NoticeFacts = {
    recipient: 'home_municipality',
    municipalityName: 'Melhus',
    centreName: 'Trondheim krisesenter',
    fromDate: '2026-11-24',
    contactPerson: { name: 'Kari Koordinator', phone: '73 00 00 00' },
  };

  it('says who is staying from when and whom to call', () => {
    const text = arrivalNotice(notice);
    expect(text).toContain('Til Melhus kommune');
    expect(text).toContain('fra 24.11.2026');
    expect(text).toContain('Kari Koordinator, telefon 73 00 00 00');
    expect(arrivalNotice({ ...notice, recipient: 'nav' })).toContain('Til NAV-kontoret i Melhus');
  });

  it('says nothing more, even when the caller hands it more', () => {
    const overShared = {
      ...notice,
      address: 'Hemmelig vei 1',
      perpetrator: 'Ola Voldsutøver',
      residentName: 'Sol Solberg',
      reason: 'vold',
    } as NoticeFacts;
    const text = arrivalNotice(overShared);
    for (const secret of ['Hemmelig', 'Ola', 'Sol', 'vold']) expect(text).not.toContain(secret);
    expect(text).toBe(arrivalNotice(notice));
  });
});

describe('targetGroupsFromTopics', () => {
  it('suggests target groups from a contact’s topics, once each, in order', () => {
    expect(targetGroupsFromTopics(['forced_marriage', 'physical', 'psychological'])).toEqual([
      'violence_close_relations',
      'forced_marriage',
    ]);
    expect(targetGroupsFromTopics(['human_trafficking', 'unknown_code'])).toEqual(['trafficking']);
    expect(targetGroupsFromTopics([])).toEqual([]);
  });
});
