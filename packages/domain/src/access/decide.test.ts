import { describe, expect, it } from 'vitest';
import { actions, decide, type Actor } from './decide.ts';
import { roles, type Role } from './roles.ts';

const actorWith = (role: Role): Actor => ({
  userId: 'u1',
  centreId: 'c1',
  roles: [role],
  clearedForPersonalData: true,
});

describe('decide', () => {
  it('denies every action to an anonymous request', () => {
    for (const action of actions) {
      expect(decide(null, action)).toEqual({ allowed: false, reason: 'not_authenticated' });
    }
  });

  it.each(roles)('answers system.read_status for %s from one table', (role) => {
    const allowed = role === 'system_admin' || role === 'unit_leader';
    expect(decide(actorWith(role), 'system.read_status').allowed).toBe(allowed);
  });
});
