import { describe, expect, it } from 'vitest';
import { decideContactNote, type ContactNoteFacts } from './contact-notes.ts';
import type { Actor } from './decide.ts';
import type { Role } from './roles.ts';

const now = new Date('2026-11-24T03:00:00Z');
const at = (iso: string) => new Date(`2026-11-${iso}Z`);
const actor = (role: Role): Actor => ({
  userId: 'u',
  centreId: 'c1',
  roles: [role],
  clearedForPersonalData: true,
});
/** Her shift tonight, from 22:00 yesterday; a day shift of hers a week ago. */
const tonight = { startedAt: at('23T22:00:00'), endedAt: null };
const lastWeek = { startedAt: at('17T08:00:00'), endedAt: at('17T16:00:00') };
const colleagues = (loggedAt: Date, more: Partial<ContactNoteFacts> = {}): ContactNoteFacts => ({
  isAuthor: false,
  loggedAt,
  shifts: [lastWeek, tonight],
  isPersonsPrimaryContact: false,
  ...more,
});
const hidden = { visible: false, reason: 'not_your_shift' };
const visible = { visible: true };

describe("decideContactNote: a colleague's note is for the shift it belongs to (issue 13 #8)", () => {
  it.each([
    ['logged during her current shift', colleagues(at('24T01:30:00')), visible],
    ['logged the minute her shift began', colleagues(at('23T22:00:00')), visible],
    ['logged during a shift of hers last week', colleagues(at('17T12:00:00')), visible],
    ['logged the evening before her shift', colleagues(at('23T21:59:00')), hidden],
    ['logged ten days ago, when she was off', colleagues(at('14T12:00:00')), hidden],
    ['logged after her last week’s shift ended', colleagues(at('17T16:01:00')), hidden],
    ['with no shift of hers at all', colleagues(at('24T01:30:00'), { shifts: [] }), hidden],
    [
      'written by herself, before her shift',
      colleagues(at('14T12:00:00'), { isAuthor: true }),
      visible,
    ],
    [
      'about a person she is the primary contact of',
      colleagues(at('14T12:00:00'), { isPersonsPrimaryContact: true }),
      visible,
    ],
  ] as const)('night watch, a note %s → %o', (_, facts, expected) => {
    expect(decideContactNote(actor('night_watch'), facts, now)).toEqual(expected);
  });

  it.each([
    ['coordinator', hidden],
    ['on_call_substitute', hidden],
    ['children_coordinator', hidden],
    // The unit leader opens every record of the own centre, and every note with it.
    ['unit_leader', visible],
  ] as const)('%s, a note from before her shift → %o', (role, expected) => {
    expect(decideContactNote(actor(role), colleagues(at('14T12:00:00')), now)).toEqual(expected);
  });
});
