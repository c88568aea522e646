/** Session lifetimes: idle timeout (default 30 min) and an absolute limit of one shift (12 h). */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export const defaultSessionPolicy: SessionPolicy = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
};

export type SessionState = 'active' | 'idle_expired' | 'absolute_expired';

export function sessionState(
  session: { createdAt: Date; lastSeenAt: Date },
  now: Date,
  policy: SessionPolicy,
): SessionState {
  if (now.getTime() - session.createdAt.getTime() >= policy.absoluteMs) return 'absolute_expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMs) return 'idle_expired';
  return 'active';
}
