/**
 * The one catalogue of error codes the API answers with. The server maps each code to an HTTP
 * status in one table; the web app turns each code into a translated sentence. Adding a code here
 * without handling it in both places fails the type check.
 */
export const errorCodes = [
  'validation_failed',
  'malformed_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One invalid field in a request, as the API reports it. */
export interface FieldProblem {
  /** Where the field is, e.g. `body.name` or `query.limit`. */
  path: string;
  /** A machine-readable reason, e.g. `too_small`, `invalid_type`. */
  code: string;
  /** An English sentence for API users; the web app shows its own Norwegian text. */
  message: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: FieldProblem[];
  };
}
