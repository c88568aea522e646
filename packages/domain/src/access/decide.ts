import type { Role } from './roles.ts';

/**
 * Everything a request can ask to do. Every API route names one of these, or one of the route
 * kinds in `RouteAccess`; a route with neither makes the server refuse to start. A new action
 * without a rule in `rules` fails the type check.
 */
export const actions = [
  'system.read_status',
  'staff.list',
  'staff.read',
  'staff.create',
  'staff.assign_roles',
  'staff.update_duties',
  'staff.deactivate',
  'staff.reset_mfa',
  'staff.reset_password',
  'staff.revoke_sessions',
  'audit.read_record_history',
  'audit.read_staff_activity',
  'break_glass.request',
  'break_glass.review',
  'shifts.own',
  'people.create',
  'people.search',
  'people.read',
  'people.update',
  'people.merge',
  'contacts.log',
  'contacts.list',
  'contacts.read',
  'contacts.count',
  'partners.list',
  'partners.manage',
  'day_service.manage',
  'appointments.manage',
  'meetings.manage',
  'capacity.view_board',
  'capacity.assign',
  'capacity.configure',
  'capacity.view_history',
  'staff.directory',
  'intake.conduct',
  'intake.configure',
  'intake.reveal_identity',
  'stays.list_residents',
  'stays.work',
  'incidents.report',
  'child_welfare.report_concern',
  'child_welfare.decide',
  'child_welfare.overview',
  'agreements.read',
  'agreements.manage',
  'departures.register',
  'stays.correct',
  'move_out.manage',
  'move_out.board',
  'reestablishment.manage',
] as const;

export type Action = (typeof actions)[number];

/** Who is acting: the logged-in staff member, past both factors, as the server knows them now. */
export interface Actor {
  userId: string;
  centreId: string;
  roles: readonly Role[];
  /**
   * Police certificate (politiattest, §7) and confidentiality declaration (taushetserklæring,
   * §5) both registered. Without them nobody reaches personal data, whatever their role.
   */
  clearedForPersonalData: boolean;
}

export type DenialReason =
  'not_authenticated' | 'role_not_permitted' | 'not_cleared' | 'other_centre';
export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

interface Rule {
  roles: readonly Role[];
  /** The action reaches personal data of users (or who looked at it): clearance required. */
  personalData: boolean;
}

/** Roles whose work is with the people the centre serves. */
export const caseworkRoles: readonly Role[] = [
  'unit_leader',
  'coordinator',
  'children_coordinator',
  'night_watch',
  'on_call_substitute',
];

/** Those who work the case itself: journals, plans, conversations. */
export const caseCoordinators: readonly Role[] = [
  'unit_leader',
  'coordinator',
  'children_coordinator',
];

const accountManagers: readonly Role[] = ['unit_leader', 'system_admin'];

/**
 * The access table: role → action. Relations to a record (same centre, primary contact, on shift,
 * own municipality) are facts passed to `decide`. The system administrator manages accounts but
 * no case content; finance reads the staff list and bills, not journals. Which roles and duties
 * an account manager may grant to whom is `decideStaffChange` (grants.ts).
 */
export const rules: Record<Action, Rule> = {
  'system.read_status': { roles: accountManagers, personalData: false },
  'staff.list': { roles: [...accountManagers, 'finance'], personalData: false },
  'staff.read': { roles: [...accountManagers, 'finance'], personalData: false },
  'staff.create': { roles: accountManagers, personalData: false },
  'staff.assign_roles': { roles: accountManagers, personalData: false },
  // The duties clear someone for personal data: the unit leader's alone (`dutyRegistrars`).
  'staff.update_duties': { roles: ['unit_leader'], personalData: false },
  'staff.deactivate': { roles: accountManagers, personalData: false },
  'staff.reset_mfa': { roles: accountManagers, personalData: false },
  // A new activation code, never a password the administrator chooses; the second factor stays.
  'staff.reset_password': { roles: accountManagers, personalData: false },
  'staff.revoke_sessions': { roles: accountManagers, personalData: false },
  'audit.read_record_history': { roles: ['unit_leader'], personalData: true },
  'audit.read_staff_activity': { roles: ['unit_leader'], personalData: true },
  'break_glass.request': { roles: caseworkRoles, personalData: true },
  'break_glass.review': { roles: ['unit_leader'], personalData: true },
  'shifts.own': { roles: caseworkRoles, personalData: false },
  // Which person records an actor may open is decided per record by decideRecordAccess.
  'people.create': { roles: caseworkRoles, personalData: true },
  'people.search': { roles: caseworkRoles, personalData: true },
  'people.read': { roles: caseworkRoles, personalData: true },
  'people.update': { roles: caseworkRoles, personalData: true },
  'people.merge': { roles: ['unit_leader'], personalData: true },
  'contacts.log': { roles: caseworkRoles, personalData: true },
  'contacts.list': { roles: caseworkRoles, personalData: true },
  'contacts.read': { roles: caseworkRoles, personalData: true },
  // Counts per day and month hold no personal data.
  'contacts.count': { roles: caseworkRoles, personalData: false },
  'partners.list': { roles: caseworkRoles, personalData: false },
  'partners.manage': { roles: ['unit_leader'], personalData: false },
  // Day-user cases, appointments and joint meetings: which records, decided per person or case.
  'day_service.manage': { roles: caseworkRoles, personalData: true },
  'appointments.manage': { roles: caseworkRoles, personalData: true },
  'meetings.manage': { roles: caseworkRoles, personalData: true },
  // The board names occupants by initials or alias only; finding a place uses the same action.
  'capacity.view_board': { roles: caseworkRoles, personalData: true },
  // Start, move and end stays, mark beds ready or out of service: whoever is on duty.
  'capacity.assign': { roles: caseworkRoles, personalData: true },
  'capacity.configure': { roles: ['unit_leader'], personalData: false },
  // Occupancy figures per day and month, no persons.
  'capacity.view_history': { roles: caseworkRoles, personalData: false },
  // Colleagues' names only, so appointments, visits and tasks can name who goes.
  'staff.directory': { roles: caseworkRoles, personalData: false },
  // Intake happens at any hour: whoever is on duty may conduct it; the unit leader sets the
  // threat-mapping items and the reassessment interval.
  'intake.conduct': { roles: caseworkRoles, personalData: true },
  'intake.configure': { roles: ['unit_leader'], personalData: false },
  // An anonymous resident's sealed real identity: the unit leader must know who is in the house.
  'intake.reveal_identity': { roles: ['unit_leader'], personalData: true },
  // The current residents' essentials (alias, room, safety flags) for whoever is on duty.
  'stays.list_residents': { roles: caseworkRoles, personalData: true },
  // The stay's casework — journal, plan, conversations, children's pages. Night watch and
  // on-call substitutes get the essentials, never the journals.
  'stays.work': { roles: caseCoordinators, personalData: true },
  // Anyone on duty reports an incident and registers a concern for a child (§6 applies to all).
  'incidents.report': { roles: caseworkRoles, personalData: true },
  'child_welfare.report_concern': { roles: caseworkRoles, personalData: true },
  'child_welfare.decide': { roles: caseCoordinators, personalData: true },
  'child_welfare.overview': { roles: ['unit_leader'], personalData: true },
  // Agreement terms per municipality (stay limit, billing beyond it): no personal data.
  'agreements.read': { roles: [...caseworkRoles, 'finance'], personalData: false },
  'agreements.manage': { roles: ['unit_leader', 'finance'], personalData: false },
  // A departure can happen at night (a leave without notice): whoever is on duty registers it.
  'departures.register': { roles: caseworkRoles, personalData: true },
  // Correcting a stay's dates changes overnights and bills: the unit leader, with a reason.
  'stays.correct': { roles: ['unit_leader'], personalData: true },
  'move_out.manage': { roles: caseCoordinators, personalData: true },
  'move_out.board': { roles: ['unit_leader', 'coordinator'], personalData: true },
  'reestablishment.manage': { roles: caseCoordinators, personalData: true },
};

/** What the caller knows about the record the action touches, when it touches one. */
export interface Facts {
  /** The centre the record belongs to; nothing ever crosses centres. */
  recordCentreId?: string;
}

const allow: Decision = { allowed: true };
const deny = (reason: DenialReason): Decision => ({ allowed: false, reason });

/**
 * The single place where Havn decides whether an actor may perform an action. Pure: the caller
 * loads the facts and passes them in; the web app uses the same function to hide what a user may
 * not do. Deny by default.
 */
export function decide(actor: Actor | null, action: Action, facts: Facts = {}): Decision {
  if (actor === null) return deny('not_authenticated');
  const rule = rules[action];
  if (!rule.roles.some((role) => actor.roles.includes(role))) return deny('role_not_permitted');
  if (rule.personalData && !actor.clearedForPersonalData) return deny('not_cleared');
  if (facts.recordCentreId !== undefined && facts.recordCentreId !== actor.centreId)
    return deny('other_centre');
  return allow;
}

/** The actions an actor may perform at all, for the web app's navigation. */
export function permittedActions(actor: Actor | null): Action[] {
  return actions.filter((action) => decide(actor, action).allowed);
}
