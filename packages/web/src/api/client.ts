import { ApiError, toApiError } from './errors.ts';
import { meQueryKey, queryClient } from './query-client.ts';

export { ApiError, clientErrorCodes, errorMessageKey, type ClientErrorCode } from './errors.ts';

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error');
  }
}

/**
 * GETs JSON from the API with the session cookie. Throws an `ApiError` for any failure: no
 * response, an error status, or a body that is not JSON. The body is trusted to be a `T`.
 */
export async function getJson<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  const response = await send(path, {
    method: 'GET',
    headers: { Accept: 'application/json' },
    signal: init.signal ?? null,
  });
  const body = await readJson(response);
  if (!response.ok) throw toApiError(response.status, body);
  if (body === undefined) throw new ApiError(response.status, 'unexpected_response');
  return body as T;
}

/** The session's CSRF token, from the cached `GET /api/auth/me`; none before the password step. */
function cachedCsrfToken(): string | undefined {
  const me = queryClient.getQueryData<{ csrfToken?: unknown }>(meQueryKey);
  return typeof me?.csrfToken === 'string' ? me.csrfToken : undefined;
}

/**
 * Sends a state-changing request: JSON in (when there is a body), JSON out (or nothing, for 204).
 * Carries the session's CSRF token in `X-CSRF-Token`, from the cached `me` unless one is passed.
 * The token changes with each login step, so refetch `me` after each. Throws `ApiError` like
 * `getJson`. `keepalive` lets a small request outlive the tab (a last save as it closes).
 */
export async function sendJson<T = void>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: { csrfToken?: string; keepalive?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const csrfToken = options.csrfToken ?? cachedCsrfToken();
  if (csrfToken !== undefined) headers['X-CSRF-Token'] = csrfToken;
  // Fastify refuses an empty body declared as JSON, so the header goes only with a body.
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await send(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(options.keepalive ? { keepalive: true } : {}),
  });
  if (response.status === 204) return undefined as T;
  const answer = await readJson(response);
  if (!response.ok) throw toApiError(response.status, answer);
  if (answer === undefined) throw new ApiError(response.status, 'unexpected_response');
  return answer as T;
}
