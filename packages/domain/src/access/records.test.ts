import { describe, expect, it } from 'vitest';
import type { Actor } from './decide.ts';
import {
  contactDetailsVisible,
  decideRecordAccess,
  decideRecordLink,
  wrapUpDays,
  newRecordDays,
  recordIsCurrent,
  type RecordCurrencyFacts,
  decideBreakGlass,
  decideCaseWork,
  intakeProtectionRule,
  breakGlassLifts,
  recordRuleFor,
  refusalToShow,
  type RecordRelation,
} from './records.ts';
import type { Role } from './roles.ts';

const now = new Date('2026-11-24T03:00:00Z');
const actor = (role: Role, cleared = true): Actor => ({
  userId: 'u',
  centreId: 'c1',
  roles: [role],
  clearedForPersonalData: cleared,
});
const none: RecordRelation = {
  recordCentreId: 'c1',
  isPrimaryContact: false,
  onShift: false,
  recordIsCurrent: false,
  breakGlassUntil: null,
};
const onShift: RecordRelation = { ...none, onShift: true, recordIsCurrent: true };

describe('decideRecordAccess', () => {
  it('lets the unit leader open any record of the own centre, never another centre', () => {
    expect(decideRecordAccess(actor('unit_leader'), none, now)).toEqual({
      allowed: true,
      via: 'role',
    });
    expect(
      decideRecordAccess(actor('unit_leader'), { ...none, recordCentreId: 'c2' }, now),
    ).toEqual({
      allowed: false,
      reason: 'other_centre',
    });
  });

  it('lets a coordinator in through a relation only', () => {
    expect(decideRecordAccess(actor('coordinator'), none, now)).toEqual({
      allowed: false,
      reason: 'not_on_shift',
    });
    expect(
      decideRecordAccess(actor('coordinator'), { ...none, isPrimaryContact: true }, now),
    ).toEqual({
      allowed: true,
      via: 'relation',
    });
    expect(decideRecordAccess(actor('night_watch'), onShift, now)).toEqual({
      allowed: true,
      via: 'relation',
    });
  });

  it.each([
    ['on shift, a current record', { onShift: true, recordIsCurrent: true }, true],
    ['on shift, a record of the past', { onShift: true, recordIsCurrent: false }, false],
    ['off shift, a current record', { onShift: false, recordIsCurrent: true }, false],
    [
      'the primary contact, a record of the past',
      { isPrimaryContact: true, recordIsCurrent: false },
      true,
    ],
  ] as const)('for casework staff: %s → %s', (_, facts, allowed) => {
    for (const role of ['coordinator', 'night_watch', 'on_call_substitute'] as const)
      expect(decideRecordAccess(actor(role), { ...none, ...facts }, now).allowed).toBe(allowed);
    expect(decideRecordAccess(actor('unit_leader'), { ...none, ...facts }, now).allowed).toBe(true);
  });

  it('honours a break-the-glass grant until it expires', () => {
    const until = new Date(now.getTime() + 60_000);
    expect(
      decideRecordAccess(actor('coordinator'), { ...none, breakGlassUntil: until }, now),
    ).toEqual({
      allowed: true,
      via: 'break_glass',
    });
    expect(
      decideRecordAccess(actor('coordinator'), { ...none, breakGlassUntil: until }, until),
    ).toEqual({
      allowed: false,
      reason: 'not_on_shift',
    });
  });

  it('keeps finance, the system administrator and municipality contacts out of case records', () => {
    for (const role of ['finance', 'system_admin', 'municipality_contact'] as const) {
      expect(
        decideRecordAccess(actor(role), { ...none, isPrimaryContact: true }, now).allowed,
      ).toBe(false);
    }
  });

  it('keeps everyone without police certificate and declaration out, even with a relation', () => {
    expect(decideRecordAccess(actor('unit_leader', false), none, now)).toEqual({
      allowed: false,
      reason: 'not_cleared',
    });
    expect(
      decideRecordAccess(actor('coordinator', false), { ...none, isPrimaryContact: true }, now)
        .allowed,
    ).toBe(false);
  });
});

describe('why a record stays closed (issue 13 #10)', () => {
  it.each([
    ['off shift, not the primary contact', actor('coordinator'), none, 'not_on_shift'],
    [
      'off shift, a current record',
      actor('night_watch'),
      { ...none, recordIsCurrent: true },
      'not_on_shift',
    ],
    [
      'on shift, a record of the past',
      actor('night_watch'),
      { ...none, onShift: true },
      'not_primary_contact',
    ],
    ['no police certificate', actor('coordinator', false), onShift, 'not_cleared'],
    ['a role outside casework', actor('finance'), onShift, 'role_not_permitted'],
    ['another centre', actor('coordinator'), { ...onShift, recordCentreId: 'c2' }, 'other_centre'],
  ] as const)('%s → %s', (_, who, relation, reason) => {
    expect(decideRecordAccess(who, relation, now)).toEqual({ allowed: false, reason });
  });

  it.each([
    ['not on shift', actor('coordinator'), none, 'not_on_shift'],
    [
      'not the primary contact',
      actor('coordinator'),
      { ...none, onShift: true },
      'not_primary_contact',
    ],
    ['no police certificate', actor('coordinator', false), none, 'not_cleared'],
    // Another centre's record must look like none at all: no reason, whatever refused it.
    ['another centre', actor('coordinator'), { ...none, recordCentreId: 'c2' }, null],
    [
      'another centre, uncleared',
      actor('coordinator', false),
      { ...none, recordCentreId: 'c2' },
      null,
    ],
    ['opened', actor('unit_leader'), none, null],
  ] as const)('shows the refused: %s → %s', (_, who, relation, shown) => {
    expect(refusalToShow(who, relation, decideCaseWork(who, relation, now))).toBe(shown);
  });

  it.each([
    ['not_on_shift', true],
    ['not_primary_contact', true],
    ['not_case_worker', true],
    ['not_cleared', false],
    ['role_not_permitted', false],
    ['other_centre', false],
    ['not_authenticated', false],
  ] as const)('breaking the glass lifts %s: %s', (reason, lifts) => {
    expect(breakGlassLifts(reason)).toBe(lifts);
  });
});

describe('decideRecordLink', () => {
  const past: RecordRelation = { ...none, onShift: true, recordIsCurrent: false };
  it.each([
    ['casework staff on shift link a record of the past', actor('coordinator'), past, true],
    ['nobody off shift', actor('night_watch'), { ...past, onShift: false }, false],
    ['nobody from another centre', actor('coordinator'), { ...past, recordCentreId: 'c2' }, false],
    ['nobody not cleared', actor('coordinator', false), past, false],
    ['no role outside casework', actor('finance'), past, false],
  ] as const)('%s', (_, who, relation, allowed) => {
    expect(decideRecordLink(who, relation, now).allowed).toBe(allowed);
  });
});

describe('contactDetailsVisible', () => {
  it('shows strictly confidential contact details to the unit leader only', () => {
    expect(contactDetailsVisible(actor('unit_leader'), 'strictly_confidential', none)).toBe(true);
    expect(
      contactDetailsVisible(actor('coordinator'), 'strictly_confidential', {
        ...none,
        isPrimaryContact: true,
      }),
    ).toBe(false);
  });

  it('shows confidential contact details to the unit leader and the primary contact', () => {
    expect(
      contactDetailsVisible(actor('coordinator'), 'confidential', {
        ...none,
        isPrimaryContact: true,
      }),
    ).toBe(true);
    expect(contactDetailsVisible(actor('night_watch'), 'confidential', onShift)).toBe(false);
  });

  it('shows unprotected contact details to whoever may open the record', () => {
    expect(contactDetailsVisible(actor('night_watch'), 'none', onShift)).toBe(true);
  });
});

describe('recordIsCurrent', () => {
  const day = 86_400_000;
  const ago = (days: number) => new Date(now.getTime() - days * day);
  const person = {
    type: 'person',
    stayDepartures: [ago(30)],
    caseEndings: [ago(30)],
    intakeInProgress: false,
    lastAppointmentEndsAt: null,
    registeredAt: ago(400),
    hadCase: true,
  } as const;
  const table: [string, RecordCurrencyFacts, boolean][] = [
    ['a person with only ended stays and cases', person, false],
    [
      'a person in a stay (the adult or a child along)',
      { ...person, stayDepartures: [ago(30), null] },
      true,
    ],
    ['a person who left a week ago', { ...person, stayDepartures: [ago(wrapUpDays)] }, true],
    [
      'a person with an open day-user case or follow-up',
      { ...person, caseEndings: [ago(30), null] },
      true,
    ],
    [
      'a person whose day-user case ended a week ago',
      { ...person, caseEndings: [ago(wrapUpDays)] },
      true,
    ],
    ['a person with an intake going on', { ...person, intakeInProgress: true }, true],
    [
      'a person with an appointment coming',
      { ...person, lastAppointmentEndsAt: new Date(now.getTime() + day) },
      true,
    ],
    [
      'a person whose appointment ended an hour ago',
      { ...person, lastAppointmentEndsAt: new Date(now.getTime() - 3_600_000) },
      true,
    ],
    [
      'a person whose last appointment was two days ago',
      { ...person, lastAppointmentEndsAt: ago(2) },
      false,
    ],
    [
      'a person registered lately, no case yet',
      { ...person, hadCase: false, registeredAt: ago(newRecordDays) },
      true,
    ],
    [
      'a person registered long ago, never a case',
      { ...person, hadCase: false, registeredAt: ago(newRecordDays + 1) },
      false,
    ],
    ['a person registered lately whose case ended', { ...person, registeredAt: ago(1) }, false],
    ['a stay going on', { type: 'stay', departedAt: null }, true],
    ['a stay that ended a week ago', { type: 'stay', departedAt: ago(wrapUpDays) }, true],
    ['a stay that ended longer ago', { type: 'stay', departedAt: ago(wrapUpDays + 1) }, false],
    ['an open day-user case', { type: 'day_user_case', endedAt: null }, true],
    ['a day-user case ended a week ago', { type: 'day_user_case', endedAt: ago(wrapUpDays) }, true],
    [
      'a day-user case ended longer ago',
      { type: 'day_user_case', endedAt: ago(wrapUpDays + 1) },
      false,
    ],
    ['an open follow-up case', { type: 'reestablishment_case', endedAt: null }, true],
    [
      'a follow-up case ended longer ago',
      { type: 'reestablishment_case', endedAt: ago(wrapUpDays + 1) },
      false,
    ],
    ['an intake going on', { type: 'intake', status: 'in_progress', stay: null }, true],
    [
      'a completed intake whose stay goes on',
      { type: 'intake', status: 'completed', stay: { departedAt: null } },
      true,
    ],
    [
      'a completed intake whose stay ended',
      { type: 'intake', status: 'completed', stay: { departedAt: ago(30) } },
      false,
    ],
    ['an abandoned intake', { type: 'intake', status: 'abandoned', stay: null }, false],
    ['an excluded intake', { type: 'intake', status: 'excluded', stay: null }, false],
    [
      'a concern not concluded, the stay ended',
      { type: 'child_welfare_concern', stayDepartedAt: ago(30), concluded: false },
      true,
    ],
    [
      'a concluded concern, the stay going on',
      { type: 'child_welfare_concern', stayDepartedAt: null, concluded: true },
      true,
    ],
    [
      'a concluded concern of an ended stay',
      { type: 'child_welfare_concern', stayDepartedAt: ago(30), concluded: true },
      false,
    ],
    ['a logged contact (the shift’s working log)', { type: 'contact' }, true],
  ];
  it.each(table)('%s → %s', (_, facts, current) => {
    expect(recordIsCurrent(facts, now)).toBe(current);
  });
});

describe('decideCaseWork', () => {
  it('lets those who work the stay in, and turns away a night watch who only opens the record', () => {
    expect(decideCaseWork(actor('coordinator'), onShift, now)).toEqual({
      allowed: true,
      via: 'relation',
    });
    expect(decideCaseWork(actor('night_watch'), onShift, now)).toEqual({
      allowed: false,
      reason: 'not_case_worker',
    });
    expect(decideCaseWork(actor('night_watch'), { ...none, isPrimaryContact: true }, now)).toEqual({
      allowed: true,
      via: 'relation',
    });
    const grant = { ...none, breakGlassUntil: new Date(now.getTime() + 60_000) };
    expect(decideCaseWork(actor('night_watch'), grant, now)).toEqual({
      allowed: true,
      via: 'break_glass',
    });
  });

  it('keeps the record rules first: another centre stays another centre', () => {
    expect(decideCaseWork(actor('unit_leader'), { ...none, recordCentreId: 'c2' }, now)).toEqual({
      allowed: false,
      reason: 'other_centre',
    });
  });
});

describe('recordRuleFor', () => {
  it('asks the action of the role and the record of the relation', () => {
    const rule = recordRuleFor('stays.work');
    expect(rule(actor('coordinator'), onShift, now)).toEqual({ allowed: true, via: 'relation' });
    expect(rule(actor('night_watch'), onShift, now)).toEqual({
      allowed: false,
      reason: 'role_not_permitted',
    });
    expect(rule(actor('coordinator'), none, now)).toEqual({
      allowed: false,
      reason: 'not_on_shift',
    });
  });
});

describe('decideBreakGlass', () => {
  it('is asked for a record of the own centre only, by casework staff who are cleared', () => {
    expect(decideBreakGlass(actor('night_watch'), none, now)).toEqual({
      allowed: true,
      via: 'role',
    });
    expect(decideBreakGlass(actor('night_watch'), { ...none, recordCentreId: 'c2' }, now)).toEqual({
      allowed: false,
      reason: 'other_centre',
    });
    expect(decideBreakGlass(actor('night_watch', false), none, now)).toEqual({
      allowed: false,
      reason: 'not_cleared',
    });
    expect(decideBreakGlass(actor('finance'), none, now)).toEqual({
      allowed: false,
      reason: 'role_not_permitted',
    });
  });
});

describe('intakeProtectionRule', () => {
  it('opens the risk history to whoever opens the intake while it goes on, to case workers after', () => {
    expect(intakeProtectionRule(true)(actor('night_watch'), onShift, now)).toEqual({
      allowed: true,
      via: 'relation',
    });
    expect(intakeProtectionRule(false)(actor('night_watch'), onShift, now)).toEqual({
      allowed: false,
      reason: 'not_case_worker',
    });
  });
});
