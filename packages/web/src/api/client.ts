import { errorCodes, type ErrorCode, type FieldProblem } from '@havn/domain';

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
  ) {
    super(message);
  }
}

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (errorCodes as readonly string[]).includes(value);

/** Reads the server's error body `{ error: { code, message, fields? } }`, or gives up. */
function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error: unknown = body.error;
    if (typeof error === 'object' && error !== null && 'code' in error) {
      if (isErrorCode(error.code)) {
        const fields = 'fields' in error && Array.isArray(error.fields) ? error.fields : [];
        const message =
          'message' in error && typeof error.message === 'string' ? error.message : error.code;
        return new ApiError(status, error.code, fields as FieldProblem[], message);
      }
    }
  }
  return new ApiError(status, 'unexpected_response');
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * GETs JSON from the API with the session cookie. Throws an `ApiError` for any failure: no
 * response, an error status, or a body that is not JSON. The body is trusted to be a `T`.
 */
export async function getJson<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal: init.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error');
  }
  const body = await readJson(response);
  if (!response.ok) throw toApiError(response.status, body);
  if (body === undefined) throw new ApiError(response.status, 'unexpected_response');
  return body as T;
}

/** The i18n key of the sentence to show for any error thrown by an API call. */
export const errorMessageKey = (error: unknown) =>
  `errors.${error instanceof ApiError ? error.code : 'unexpected_response'}` as const;
