import { describe, expect, it } from 'vitest';
import type { Actor } from './decide.ts';
import {
  addressVisible,
  decideBreakGlass,
  decideCaseWork,
  decideRecordAccess,
  intakeProtectionRule,
  recordRuleFor,
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
  onShiftForRecord: false,
  breakGlassUntil: null,
};

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
      reason: 'no_relation',
    });
    expect(
      decideRecordAccess(actor('coordinator'), { ...none, isPrimaryContact: true }, now),
    ).toEqual({
      allowed: true,
      via: 'relation',
    });
    expect(
      decideRecordAccess(actor('night_watch'), { ...none, onShiftForRecord: true }, now),
    ).toEqual({
      allowed: true,
      via: 'relation',
    });
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
      reason: 'no_relation',
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

describe('addressVisible', () => {
  it('shows a strictly confidential address to the unit leader only', () => {
    expect(addressVisible(actor('unit_leader'), 'strictly_confidential', none)).toBe(true);
    expect(
      addressVisible(actor('coordinator'), 'strictly_confidential', {
        ...none,
        isPrimaryContact: true,
      }),
    ).toBe(false);
  });

  it('shows a confidential address to the unit leader and the primary contact', () => {
    expect(
      addressVisible(actor('coordinator'), 'confidential', { ...none, isPrimaryContact: true }),
    ).toBe(true);
    expect(
      addressVisible(actor('night_watch'), 'confidential', { ...none, onShiftForRecord: true }),
    ).toBe(false);
  });

  it('shows an unprotected address to whoever may open the record', () => {
    expect(addressVisible(actor('night_watch'), 'none', { ...none, onShiftForRecord: true })).toBe(
      true,
    );
  });
});

describe('decideCaseWork', () => {
  it('lets those who work the stay in, and turns away a night watch who only opens the record', () => {
    const onShift = { ...none, onShiftForRecord: true };
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
    const onShift = { ...none, onShiftForRecord: true };
    expect(rule(actor('coordinator'), onShift, now)).toEqual({ allowed: true, via: 'relation' });
    expect(rule(actor('night_watch'), onShift, now)).toEqual({
      allowed: false,
      reason: 'role_not_permitted',
    });
    expect(rule(actor('coordinator'), none, now)).toEqual({
      allowed: false,
      reason: 'no_relation',
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
    const onShift = { ...none, onShiftForRecord: true };
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
