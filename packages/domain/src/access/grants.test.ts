import { describe, expect, it } from 'vitest';
import type { Actor } from './decide.ts';
import {
  decideStaffChange,
  mayAssignPrimaryContact,
  mayGrantRole,
  mayHandleCredentials,
  mayRegisterDuty,
  type StaffChange,
  type StaffChangeRefusal,
} from './grants.ts';
import { roles, type Role } from './roles.ts';

const actor = (...held: Role[]): Actor => ({
  userId: 'me',
  centreId: 'c1',
  roles: held,
  clearedForPersonalData: true,
});
const colleague = (...held: Role[]) => ({ userId: 'other', centreId: 'c1', roles: held });
const myself = (...held: Role[]) => ({ userId: 'me', centreId: 'c1', roles: held });

const casework: Role[] = [
  'unit_leader',
  'coordinator',
  'children_coordinator',
  'night_watch',
  'on_call_substitute',
];

describe('mayGrantRole', () => {
  // granter → the roles she may grant; every other pair is refused.
  const table: Record<Role, readonly Role[]> = {
    unit_leader: roles,
    system_admin: ['finance', 'system_admin', 'municipality_contact'],
    coordinator: [],
    children_coordinator: [],
    night_watch: [],
    on_call_substitute: [],
    finance: [],
    municipality_contact: [],
  };
  for (const granter of roles)
    for (const granted of roles) {
      const expected = table[granter].includes(granted);
      it(`${granter} ${expected ? 'grants' : 'does not grant'} ${granted}`, () => {
        expect(mayGrantRole(actor(granter), granted)).toBe(expected);
      });
    }
});

describe('mayRegisterDuty', () => {
  it('lets only the unit leader register the duties that clear for personal data', () => {
    for (const role of roles)
      for (const duty of ['police_certificate', 'confidentiality_declaration'] as const)
        expect(mayRegisterDuty(actor(role), duty)).toBe(role === 'unit_leader');
  });
});

describe('mayHandleCredentials', () => {
  it('keeps a casework account’s activation code and second factor with the unit leader', () => {
    for (const role of casework) {
      expect(mayHandleCredentials(actor('unit_leader'), [role])).toBe(true);
      expect(mayHandleCredentials(actor('system_admin'), [role])).toBe(false);
      expect(mayHandleCredentials(actor('system_admin'), ['finance', role])).toBe(false);
    }
    expect(mayHandleCredentials(actor('system_admin'), ['finance'])).toBe(true);
  });
});

describe('decideStaffChange', () => {
  const cases: [
    string,
    Actor,
    Parameters<typeof decideStaffChange>[1],
    StaffChange,
    true | StaffChangeRefusal,
  ][] = [
    // The finding: the administrator makes herself unit leader.
    [
      'admin promotes herself',
      actor('system_admin'),
      myself('system_admin'),
      { kind: 'assign_roles', roles: ['system_admin', 'unit_leader'] },
      'own_account',
    ],
    [
      'unit leader changes her own roles',
      actor('unit_leader'),
      myself('unit_leader'),
      { kind: 'assign_roles', roles: ['unit_leader', 'finance'] },
      'own_account',
    ],
    [
      'unit leader drops her own role',
      actor('unit_leader', 'coordinator'),
      myself('unit_leader', 'coordinator'),
      { kind: 'assign_roles', roles: ['unit_leader'] },
      'own_account',
    ],
    [
      'admin makes a colleague unit leader',
      actor('system_admin'),
      colleague('finance'),
      { kind: 'assign_roles', roles: ['finance', 'unit_leader'] },
      'role_not_grantable',
    ],
    [
      'admin takes a casework role away',
      actor('system_admin'),
      colleague('coordinator', 'finance'),
      { kind: 'assign_roles', roles: ['finance'] },
      'role_not_grantable',
    ],
    [
      'admin gives finance to a coordinator',
      actor('system_admin'),
      colleague('coordinator'),
      { kind: 'assign_roles', roles: ['coordinator', 'finance'] },
      true,
    ],
    [
      'unit leader makes a coordinator night watch',
      actor('unit_leader'),
      colleague('coordinator'),
      { kind: 'assign_roles', roles: ['night_watch'] },
      true,
    ],
    [
      'unit leader of another centre',
      actor('unit_leader'),
      { userId: 'x', centreId: 'c2', roles: ['coordinator'] },
      { kind: 'assign_roles', roles: ['night_watch'] },
      'other_centre',
    ],
    [
      'coordinator changes roles',
      actor('coordinator'),
      colleague('night_watch'),
      { kind: 'assign_roles', roles: ['coordinator'] },
      'role_not_permitted',
    ],
    // The second path: the administrator creates a unit-leader account and activates it.
    [
      'admin creates a unit leader',
      actor('system_admin'),
      { centreId: 'c1', roles: [] },
      { kind: 'create', roles: ['unit_leader'] },
      'role_not_grantable',
    ],
    [
      'admin creates a finance account',
      actor('system_admin'),
      { centreId: 'c1', roles: [] },
      { kind: 'create', roles: ['finance'] },
      true,
    ],
    [
      'unit leader creates a coordinator',
      actor('unit_leader'),
      { centreId: 'c1', roles: [] },
      { kind: 'create', roles: ['coordinator'] },
      true,
    ],
    [
      'admin registers duties',
      actor('system_admin'),
      colleague('unit_leader'),
      { kind: 'register_duties', duties: ['police_certificate', 'confidentiality_declaration'] },
      'role_not_permitted',
    ],
    [
      'finance registers duties',
      actor('finance'),
      colleague('coordinator'),
      { kind: 'register_duties', duties: ['police_certificate'] },
      'role_not_permitted',
    ],
    [
      'unit leader registers her own duties',
      actor('unit_leader'),
      myself('unit_leader'),
      { kind: 'register_duties', duties: ['police_certificate'] },
      'own_account',
    ],
    [
      'unit leader registers a colleague’s duties',
      actor('unit_leader'),
      colleague('coordinator'),
      { kind: 'register_duties', duties: ['police_certificate', 'confidentiality_declaration'] },
      true,
    ],
    [
      'admin resets a unit leader’s second factor',
      actor('system_admin'),
      colleague('unit_leader'),
      { kind: 'reset_second_factor' },
      'casework_account',
    ],
    [
      'admin resets finance’s second factor',
      actor('system_admin'),
      colleague('finance'),
      { kind: 'reset_second_factor' },
      true,
    ],
    [
      'unit leader resets a night watch’s second factor',
      actor('unit_leader'),
      colleague('night_watch'),
      { kind: 'reset_second_factor' },
      true,
    ],
    [
      'admin resets her own second factor',
      actor('system_admin'),
      myself('system_admin'),
      { kind: 'reset_second_factor' },
      'own_account',
    ],
    [
      'admin resets a coordinator’s password',
      actor('system_admin'),
      colleague('coordinator'),
      { kind: 'reset_password' },
      'casework_account',
    ],
    [
      'admin resets finance’s password',
      actor('system_admin'),
      colleague('finance'),
      { kind: 'reset_password' },
      true,
    ],
    [
      'unit leader resets a night watch’s password',
      actor('unit_leader'),
      colleague('night_watch'),
      { kind: 'reset_password' },
      true,
    ],
    [
      'unit leader resets her own password',
      actor('unit_leader'),
      myself('unit_leader'),
      { kind: 'reset_password' },
      'own_account',
    ],
    [
      'admin deactivates herself',
      actor('system_admin'),
      myself('system_admin'),
      { kind: 'deactivate' },
      'own_account',
    ],
    [
      'unit leader deactivates herself',
      actor('unit_leader'),
      myself('unit_leader'),
      { kind: 'deactivate' },
      'own_account',
    ],
    // Deactivating takes access away: the administrator does it for a leaver in any role.
    [
      'admin deactivates a unit leader',
      actor('system_admin'),
      colleague('unit_leader'),
      { kind: 'deactivate' },
      true,
    ],
    [
      'admin ends her own sessions',
      actor('system_admin'),
      myself('system_admin'),
      { kind: 'end_sessions' },
      true,
    ],
    [
      'finance deactivates someone',
      actor('finance'),
      colleague('coordinator'),
      { kind: 'deactivate' },
      'role_not_permitted',
    ],
  ];
  for (const [name, who, target, change, expected] of cases)
    it(name, () => {
      expect(decideStaffChange(who, target, change)).toEqual(
        expected === true ? { allowed: true } : { allowed: false, reason: expected },
      );
    });
});

describe('mayAssignPrimaryContact', () => {
  it('lets the unit leader, or the current primary contact, assign; nobody takes it', () => {
    expect(mayAssignPrimaryContact(actor('unit_leader'), null)).toBe(true);
    expect(mayAssignPrimaryContact(actor('unit_leader'), 'other')).toBe(true);
    expect(mayAssignPrimaryContact(actor('coordinator'), 'me')).toBe(true);
    expect(mayAssignPrimaryContact(actor('on_call_substitute'), 'me')).toBe(true);
    for (const role of roles.filter((r) => r !== 'unit_leader')) {
      expect(mayAssignPrimaryContact(actor(role), null)).toBe(false);
      expect(mayAssignPrimaryContact(actor(role), 'other')).toBe(false);
    }
  });
});
