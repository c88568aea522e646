import type { Actor } from './decide.ts';

/** Why a contact's note is hidden from one who may see the contact itself. */
export const contactNoteHiddenReasons = ['not_your_shift'] as const;
export type ContactNoteHiddenReason = (typeof contactNoteHiddenReasons)[number];

/** A staff member's shift in the contact's centre; `endedAt` null while it goes on. */
export interface ShiftSpan {
  startedAt: Date;
  endedAt: Date | null;
}

/** How the actor stands to one logged contact the actor may open; the caller loads these. */
export interface ContactNoteFacts {
  /** The actor logged the contact. */
  isAuthor: boolean;
  loggedAt: Date;
  /** The actor's shifts in the contact's centre that may cover `loggedAt`. */
  shifts: readonly ShiftSpan[];
  /** The actor is a primary contact on an open case of the person the contact names. */
  isPersonsPrimaryContact: boolean;
}

export type ContactNoteAccess =
  { visible: true } | { visible: false; reason: ContactNoteHiddenReason };

/**
 * Whether the actor reads a logged contact's note, once the contact itself is open to her. The
 * contact log is the shift's working log, yet a night watch's need to know is the current
 * residents' essentials, not every call of the past month: a note she did not write is for the
 * shift it belongs to (staff on shift when it was logged, which the current shift is for what is
 * logged during it) and for the primary contact of the person it names. The unit leader reads
 * every note of the own centre, as she opens every record of it. Others see the contact's
 * metadata without the note.
 */
export function decideContactNote(
  actor: Actor,
  facts: ContactNoteFacts,
  now: Date,
): ContactNoteAccess {
  if (actor.roles.includes('unit_leader') || facts.isAuthor || facts.isPersonsPrimaryContact)
    return { visible: true };
  const at = facts.loggedAt.getTime();
  const onShiftThen = facts.shifts.some(
    (s) => s.startedAt.getTime() <= at && at <= (s.endedAt ?? now).getTime(),
  );
  return onShiftThen ? { visible: true } : { visible: false, reason: 'not_your_shift' };
}
