import {
  conflictReasons,
  errorCodes,
  forbiddenReasons,
  recordDenialReasons,
  type ConflictReason,
  type ErrorCode,
  type FieldProblem,
  type ForbiddenReason,
  type RecordDenialReason,
} from '@havn/domain';

/**
 * Failures the browser sees that the server never answered with a code: the request never got
 * through, or the answer was not what the API promises. Translated like the server's codes.
 */
export const clientErrorCodes = ['network_error', 'unexpected_response'] as const;
export type ClientErrorCode = (typeof clientErrorCodes)[number];

/** A failed API call. `code` has a translation under `errors.<code>`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** The HTTP status, or 0 when no response arrived. */
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    /** The invalid fields, for `validation_failed`. */
    readonly fields: readonly FieldProblem[] = [],
    message: string = code,
    /** For `conflict`: why, where the server says (the message is English, for API users). */
    readonly reason: ConflictReason | null = null,
    /** How many, where the reason counts something. */
    readonly count = 0,
    /** For `forbidden`: the rule about who grants what said no, and why. */
    readonly refusal: ForbiddenReason | null = null,
    /**
     * Why a record of the own centre, or a route, stays closed to this user (`not_found`,
     * `forbidden`); null for a record that does not exist or is another centre's.
     */
    readonly denial: RecordDenialReason | null = null,
  ) {
    super(message);
  }
}

/** A guard that a value from the wire is one of a catalogue's strings. */
const oneOf =
  <T extends string>(catalogue: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (catalogue as readonly string[]).includes(value);

const isErrorCode = oneOf<ErrorCode>(errorCodes);
const isConflictReason = oneOf<ConflictReason>(conflictReasons);
const isForbiddenReason = oneOf<ForbiddenReason>(forbiddenReasons);
const isRecordDenialReason = oneOf<RecordDenialReason>(recordDenialReasons);

/** Reads the server's error body `{ error: { code, message, fields?, reason?, count? } }`, or gives up. */
export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error: unknown = body.error;
    if (typeof error === 'object' && error !== null && 'code' in error) {
      if (isErrorCode(error.code)) {
        const fields = 'fields' in error && Array.isArray(error.fields) ? error.fields : [];
        const message =
          'message' in error && typeof error.message === 'string' ? error.message : error.code;
        const reason = 'reason' in error && isConflictReason(error.reason) ? error.reason : null;
        const count = 'count' in error && typeof error.count === 'number' ? error.count : 0;
        const refusal =
          error.code === 'forbidden' && 'reason' in error && isForbiddenReason(error.reason)
            ? error.reason
            : null;
        const denial =
          (error.code === 'forbidden' || error.code === 'not_found') &&
          'reason' in error &&
          isRecordDenialReason(error.reason)
            ? error.reason
            : null;
        return new ApiError(
          status,
          error.code,
          fields as FieldProblem[],
          message,
          reason,
          count,
          refusal,
          denial,
        );
      }
    }
  }
  return new ApiError(status, 'unexpected_response');
}

/**
 * The i18n key of the sentence to show for any error thrown by an API call. A change the rule
 * about who grants what refused says why; so does a refused change that is not a stale version
 * (the case has ended, the person has one going on already…): "someone else changed this" would
 * not be true. A refusal without a reason the web knows (an older server) is only "refused".
 */
export const errorMessageKey = (error: unknown) => {
  if (!(error instanceof ApiError)) return 'errors.unexpected_response' as const;
  if (error.refusal) return `refusals.${error.refusal}` as const;
  if (error.code === 'conflict' && error.reason !== 'stale_version')
    return error.reason ? (`conflicts.${error.reason}` as const) : ('errors.refused' as const);
  return `errors.${error.code}` as const;
};
