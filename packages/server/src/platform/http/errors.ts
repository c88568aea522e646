import type {
  ConflictReason,
  ErrorCode,
  FieldProblem,
  ForbiddenReason,
  RecordDenialReason,
} from '@havn/domain';

/** The one code → HTTP status table. Exhaustive: a new code without a status fails the type check. */
export const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal_error: 500,
};

/** An error a use case throws on purpose; the error handler turns it into a response. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
    /** For 429: seconds until the caller may try again, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** "Not found" and "not yours" look the same to the caller; the audit log keeps the difference. */
export const notFound = () => new AppError('not_found', 'Not found or no access');
/**
 * Access refused with the domain's reason, so the refused knows what she can do about it: a
 * route her role or missing clearance closes (`forbidden`), or a record of her own centre that
 * stays closed to her (`not_found`, like a record that does not exist, so a client treats both
 * alike). Never for another centre's record: that is the plain `notFound` (`refusalToShow`).
 */
export class AccessRefusedError extends AppError {
  constructor(
    code: 'forbidden' | 'not_found',
    readonly reason: RecordDenialReason,
  ) {
    super(code, `No access: ${reason.replaceAll('_', ' ')}`);
  }
}
/** No route has this path, or not spelt this way: the same words either way. */
export const noSuchEndpoint = () => new AppError('not_found', 'No such endpoint');
export const forbidden = () => new AppError('forbidden', 'You do not have access to this action');
/** A change the rule about who grants what refused, with the reason a client shows. */
export class ForbiddenError extends AppError {
  constructor(
    message: string,
    readonly reason: ForbiddenReason,
  ) {
    super('forbidden', message);
  }
}
export const refused = (message: string, reason: ForbiddenReason) =>
  new ForbiddenError(message, reason);
export const unauthenticated = () => new AppError('unauthenticated', 'Log in to continue');
/** A refused change: the English message for API users, the reason for clients to act on. */
export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly reason: ConflictReason,
    /** How many, where the reason counts something. */
    readonly count?: number,
    fields?: FieldProblem[],
  ) {
    super('conflict', message, fields);
  }
}

export const conflict = (message: string, reason: ConflictReason, count?: number) =>
  new ConflictError(message, reason, count);
export const invalid = (fields: FieldProblem[]) =>
  new AppError('validation_failed', 'The request has invalid fields', fields);
