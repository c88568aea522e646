/**
 * The duty to inform child welfare (opplysningsplikt, krisesenterlova § 6): anyone on duty
 * registers a concern about a child; a coordinator assesses it and either sends a report of
 * concern (bekymringsmelding) to a child-welfare office or documents why it was not sent. The
 * steps only go forward, so the record shows what was done and when.
 */
import type { FieldProblem } from '../errors/codes.ts';

export const concernStatuses = ['registered', 'assessed', 'sent', 'not_sent'] as const;
export type ConcernStatus = (typeof concernStatuses)[number];

/** Not concluded yet: the unit leader's list of what is waiting. */
export const openConcernStatuses: readonly ConcernStatus[] = ['registered', 'assessed'];

export const isOpenConcern = (status: ConcernStatus): boolean =>
  openConcernStatuses.includes(status);

/** Free text about a concern says something: at least a short sentence. */
export const concernTextMinLength = 10;

export type ConcernStep =
  | { kind: 'assess'; assessment: string }
  | { kind: 'send'; officePartnerId: string | null; sentOn: string | null }
  | { kind: 'not_send'; reason: string };

export type ConcernStepResult =
  | { ok: true; status: ConcernStatus }
  | {
      ok: false;
      conflict: true;
      message: string;
      reason: 'concern_assessed' | 'concern_not_assessed' | 'concern_concluded';
    }
  | { ok: false; conflict: false; problems: FieldProblem[] };

const tooShort = (text: string) => text.trim().length < concernTextMinLength;

/**
 * The next status of a concern after `step`, or why not. A step that does not fit the current
 * status is a conflict (someone else moved it on, or it is concluded); a step that fits but lacks
 * what it needs (an office and a date to send, a reason not to) is invalid.
 */
export function concernStep(current: ConcernStatus, step: ConcernStep): ConcernStepResult {
  const expected: ConcernStatus = step.kind === 'assess' ? 'registered' : 'assessed';
  if (current !== expected) {
    return {
      ok: false,
      conflict: true,
      ...(step.kind === 'assess'
        ? { message: 'The concern has been assessed already', reason: 'concern_assessed' }
        : current === 'registered'
          ? { message: 'Assess the concern before concluding it', reason: 'concern_not_assessed' }
          : { message: 'The concern has been concluded already', reason: 'concern_concluded' }),
    };
  }
  const problems: FieldProblem[] = [];
  switch (step.kind) {
    case 'assess':
      if (tooShort(step.assessment)) {
        problems.push({
          path: 'body.assessment',
          code: 'assessment_required',
          message: 'Write the assessment',
        });
      }
      break;
    case 'send':
      if (!step.officePartnerId) {
        problems.push({
          path: 'body.officePartnerId',
          code: 'office_required',
          message: 'Choose the child-welfare office the report goes to',
        });
      }
      if (!step.sentOn) {
        problems.push({ path: 'body.sentOn', code: 'date_required', message: 'Give the date' });
      }
      break;
    case 'not_send':
      if (tooShort(step.reason)) {
        problems.push({
          path: 'body.reason',
          code: 'reason_required',
          message: 'Say why the report is not sent',
        });
      }
      break;
  }
  if (problems.length > 0) return { ok: false, conflict: false, problems };
  const next: Record<ConcernStep['kind'], ConcernStatus> = {
    assess: 'assessed',
    send: 'sent',
    not_send: 'not_sent',
  };
  return { ok: true, status: next[step.kind] };
}
