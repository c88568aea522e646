import { describe, expect, it } from 'vitest';
import { actions, decide, permittedActions, rules, type Actor } from './decide.ts';
import { roles, type Role } from './roles.ts';

const actorWith = (role: Role, cleared = true): Actor => ({
  userId: 'u1',
  centreId: 'c1',
  roles: [role],
  clearedForPersonalData: cleared,
});

const casework: Action[] = [
  'break_glass.request',
  'shifts.own',
  'people.create',
  'people.search',
  'people.read',
  'people.update',
  'contacts.log',
  'contacts.list',
  'contacts.read',
  'contacts.count',
  'partners.list',
  'capacity.view_board',
  'capacity.assign',
  'capacity.view_history',
  'day_service.manage',
  'appointments.manage',
  'meetings.manage',
  'staff.directory',
  'intake.conduct',
  'stays.list_residents',
  'incidents.report',
  'child_welfare.report_concern',
  'agreements.read',
  'departures.register',
];

/** Those who work the case: everything on duty can do, plus journals, plans and follow-up. */
const caseCoordination: Action[] = [
  ...casework,
  'stays.work',
  'child_welfare.decide',
  'move_out.manage',
  'reestablishment.manage',
];

/** The expected answer for every role and action, written out so a change to `rules` shows here. */
const table: Record<Role, Action[]> = {
  unit_leader: [...actions],
  system_admin: [
    'system.read_status',
    'staff.list',
    'staff.read',
    'staff.create',
    'staff.assign_roles',
    'staff.deactivate',
    'staff.reset_mfa',
    'staff.reset_password',
    'staff.revoke_sessions',
  ],
  finance: ['staff.list', 'staff.read', 'agreements.read', 'agreements.manage'],
  coordinator: [...caseCoordination, 'move_out.board'],
  children_coordinator: caseCoordination,
  night_watch: casework,
  on_call_substitute: casework,
  municipality_contact: [],
};
type Action = (typeof actions)[number];

describe('decide', () => {
  it('denies every action to an anonymous request', () => {
    for (const action of actions) {
      expect(decide(null, action)).toEqual({ allowed: false, reason: 'not_authenticated' });
    }
  });

  it.each(roles)('gives %s exactly the actions in the table', (role) => {
    expect(permittedActions(actorWith(role)).sort()).toEqual([...table[role]].sort());
  });

  it('keeps a staff member without police certificate and declaration away from personal data', () => {
    const uncleared = actorWith('unit_leader', false);
    for (const action of actions) {
      const decision = decide(uncleared, action);
      if (rules[action].personalData)
        expect(decision).toEqual({ allowed: false, reason: 'not_cleared' });
      else expect(decision.allowed).toBe(true);
    }
  });

  it('never lets an actor reach a record of another centre', () => {
    expect(decide(actorWith('unit_leader'), 'staff.read', { recordCentreId: 'c2' })).toEqual({
      allowed: false,
      reason: 'other_centre',
    });
    expect(decide(actorWith('unit_leader'), 'staff.read', { recordCentreId: 'c1' })).toEqual({
      allowed: true,
    });
  });

  it('combines roles: the union of what each allows', () => {
    const both: Actor = { ...actorWith('finance'), roles: ['finance', 'night_watch'] };
    expect(permittedActions(both).sort()).toEqual(
      [...casework, 'staff.list', 'staff.read', 'agreements.manage'].sort(),
    );
  });
});
