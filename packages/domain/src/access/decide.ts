import type { Role } from './roles.ts';

/**
 * Everything a request can ask to do. Every API route names one of these, or is explicitly public;
 * a route with neither makes the server refuse to start. Later modules add their actions here, and
 * the exhaustive switch in `decide` then forces a rule for each.
 */
export const actions = ['system.read_status'] as const;

export type Action = (typeof actions)[number];

/** Who is acting: the logged-in staff member as the server knows them for this request. */
export interface Actor {
  userId: string;
  centreId: string;
  roles: readonly Role[];
  /** Police certificate (politiattest, §7) and confidentiality declaration (§5) both registered. */
  clearedForPersonalData: boolean;
}

export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

export type DenialReason = 'not_authenticated' | 'role_not_permitted';

const allow: Decision = { allowed: true };
const deny = (reason: DenialReason): Decision => ({ allowed: false, reason });

/**
 * The single place where Havn decides whether an actor may perform an action. Pure: the caller
 * loads the facts (relations to the record) and passes them in. Deny by default.
 */
export function decide(actor: Actor | null, action: Action): Decision {
  if (actor === null) return deny('not_authenticated');
  switch (action) {
    case 'system.read_status':
      return actor.roles.includes('system_admin') || actor.roles.includes('unit_leader')
        ? allow
        : deny('role_not_permitted');
    default: {
      const unhandled: never = action;
      throw new Error(`No access rule for action ${String(unhandled)}`);
    }
  }
}
