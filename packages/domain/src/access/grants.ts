import type { Action, Actor } from './decide.ts';
import { caseworkRoles, decide } from './decide.ts';
import type { Role } from './roles.ts';

/**
 * Who may grant — and take away — each role. A casework role opens person records, so only the
 * unit leader, who answers for who reads them, staffs the casework; the system administrator
 * manages the accounts around it and never reaches case content, not even by creating or
 * promoting an account of her own.
 */
export const roleGranters: Record<Role, readonly Role[]> = {
  unit_leader: ['unit_leader'],
  coordinator: ['unit_leader'],
  children_coordinator: ['unit_leader'],
  night_watch: ['unit_leader'],
  on_call_substitute: ['unit_leader'],
  finance: ['unit_leader', 'system_admin'],
  system_admin: ['unit_leader', 'system_admin'],
  municipality_contact: ['unit_leader', 'system_admin'],
};

/** The duties registered for a staff member: together they clear her for personal data. */
export const duties = ['police_certificate', 'confidentiality_declaration'] as const;
export type Duty = (typeof duties)[number];

/**
 * Who registers each duty. Both clear a person for personal data (politiattest §7,
 * taushetserklæring §5), so it is the unit leader's decision alone: finance keeps the dates for
 * billing and reads them on the staff list, but registers none.
 */
export const dutyRegistrars: Record<Duty, readonly Role[]> = {
  police_certificate: ['unit_leader'],
  confidentiality_declaration: ['unit_leader'],
};

/** What someone may do to a staff account, as the staff screen and the API offer it. */
export type StaffChange =
  | { kind: 'create'; roles: readonly Role[] }
  /** `roles` is the new set; the target's current roles are the old one. */
  | { kind: 'assign_roles'; roles: readonly Role[] }
  | { kind: 'register_duties'; duties: readonly Duty[] }
  | { kind: 'reset_second_factor' }
  /** A new activation code in place of the password; the second factor stays. */
  | { kind: 'reset_password' }
  | { kind: 'deactivate' }
  | { kind: 'end_sessions' };

/** The account a change is made to: for `create`, the one about to exist. */
export interface StaffTarget {
  /** Absent for an account not yet created. */
  userId?: string;
  centreId: string;
  roles: readonly Role[];
}

export type StaffChangeRefusal =
  /** The actor's roles allow nothing of the kind. */
  | 'role_not_permitted'
  | 'other_centre'
  /** Nobody raises — or changes — her own rights, and nobody locks herself out. */
  | 'own_account'
  /** A role given or taken that the actor may not grant. */
  | 'role_not_grantable'
  | 'duty_not_registrable'
  /** A casework account's credentials are recovered by a unit leader only. */
  | 'casework_account';

export type StaffChangeDecision =
  { allowed: true } | { allowed: false; reason: StaffChangeRefusal };

const actionOf: Record<StaffChange['kind'], Action> = {
  create: 'staff.create',
  assign_roles: 'staff.assign_roles',
  register_duties: 'staff.update_duties',
  reset_second_factor: 'staff.reset_mfa',
  reset_password: 'staff.reset_password',
  deactivate: 'staff.deactivate',
  end_sessions: 'staff.revoke_sessions',
};

const holdsAny = (actor: Actor, allowed: readonly Role[]) =>
  allowed.some((role) => actor.roles.includes(role));

const hasCaseworkRole = (roles: readonly Role[]) =>
  roles.some((role) => caseworkRoles.includes(role));

/** Whether the actor may give (or take away) this role to someone of her own centre. */
export const mayGrantRole = (actor: Actor, role: Role): boolean =>
  holdsAny(actor, roleGranters[role]);

/** Whether the actor may register this duty for someone of her own centre. */
export const mayRegisterDuty = (actor: Actor, duty: Duty): boolean =>
  holdsAny(actor, dutyRegistrars[duty]);

/**
 * Whether the actor may handle the credentials of an account with these roles: be shown its
 * one-time activation code, or remove its second factor. Whoever holds the code sets the password
 * and enrols the second factor; for a casework account that is the unit leader, who hands it to
 * the person. (The console's `havn user` commands recover a last unit leader.)
 */
export const mayHandleCredentials = (actor: Actor, roles: readonly Role[]): boolean =>
  !hasCaseworkRole(roles) || actor.roles.includes('unit_leader');

const allow: StaffChangeDecision = { allowed: true };
const refuse = (reason: StaffChangeRefusal): StaffChangeDecision => ({ allowed: false, reason });

/**
 * The one rule for changes to staff accounts, used by every staff route and by the staff screen
 * to offer only what it allows. Deny by default; the most telling reason first.
 */
export function decideStaffChange(
  actor: Actor,
  target: StaffTarget,
  change: StaffChange,
): StaffChangeDecision {
  if (!decide(actor, actionOf[change.kind]).allowed) return refuse('role_not_permitted');
  if (target.centreId !== actor.centreId) return refuse('other_centre');
  const own = target.userId === actor.userId;
  switch (change.kind) {
    case 'create':
      return change.roles.every((role) => mayGrantRole(actor, role)) &&
        mayHandleCredentials(actor, change.roles)
        ? allow
        : refuse('role_not_grantable');
    case 'assign_roles': {
      if (own) return refuse('own_account');
      const changed = [
        ...change.roles.filter((role) => !target.roles.includes(role)),
        ...target.roles.filter((role) => !change.roles.includes(role)),
      ];
      return changed.every((role) => mayGrantRole(actor, role))
        ? allow
        : refuse('role_not_grantable');
    }
    case 'register_duties':
      if (own) return refuse('own_account');
      return change.duties.every((duty) => mayRegisterDuty(actor, duty))
        ? allow
        : refuse('duty_not_registrable');
    // One's own password is changed with the current one and a code, never reset by this path.
    case 'reset_second_factor':
    case 'reset_password':
      if (own) return refuse('own_account');
      return mayHandleCredentials(actor, target.roles) ? allow : refuse('casework_account');
    case 'deactivate':
      return own ? refuse('own_account') : allow;
    // Ending sessions only takes access away: also one's own, on every device.
    case 'end_sessions':
      return allow;
  }
}

/**
 * Who may name a case's primary contact (or the staff member responsible for the children).
 * Being named opens the person's record off shift and a confidential address, so it is granted,
 * never taken: the unit leader assigns, or the case's current primary contact hands it over.
 * Opening a case names nobody unless a unit leader does.
 */
export function mayAssignPrimaryContact(
  actor: Actor,
  currentPrimaryContactId: string | null,
): boolean {
  return (
    actor.roles.includes('unit_leader') ||
    (currentPrimaryContactId !== null && currentPrimaryContactId === actor.userId)
  );
}
