import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, toApiError } from './errors.ts';
import { meQueryKey, queryClient } from './query-client.ts';
import type { paths } from './schema.d.ts';

/** The session's CSRF token, from the cached `GET /api/auth/me`; none before the password step. */
function cachedCsrfToken(): string | undefined {
  const me = queryClient.getQueryData<{ csrfToken?: unknown }>(meQueryKey);
  return typeof me?.csrfToken === 'string' ? me.csrfToken : undefined;
}

const readsOnly = new Set(['GET', 'HEAD', 'OPTIONS']);

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.clone().json();
  } catch {
    return undefined;
  }
}

/**
 * What every call needs and none should write: the session's CSRF token on each state-changing
 * request (unless the caller passed one, as the login steps do), `Accept: application/json`, and
 * every failure as an `ApiError` — no response, an error status, or a body that is not JSON — so
 * that a screen handles one kind of error, translated under `errors.<code>`.
 */
export const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    if (!readsOnly.has(request.method) && !request.headers.has('X-CSRF-Token')) {
      const token = cachedCsrfToken();
      if (token !== undefined) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 204) return response;
    const body = await readJson(response);
    if (!response.ok) throw toApiError(response.status, body);
    if (body === undefined) throw new ApiError(response.status, 'unexpected_response');
    return response;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError(0, 'network_error');
  },
};

/**
 * The one client of Havn's API, typed from `openapi.json` (`npm run openapi` generates
 * `schema.d.ts`): a path, a parameter or a body that the server's schema does not take fails
 * `npm run typecheck`. Same-origin: the session cookie goes with every request.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
});
api.use(sessionMiddleware);

/**
 * The body of a call that succeeded. The middleware has already thrown for every failure, so an
 * absent body here means the route answers 204.
 */
export async function dataOf<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data } = await call;
  return data as T;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** What a route answers on success (200 or 201), as the server's schema says: `Reply<'/api/partners', 'get'>`. */
export type Reply<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer OK }
    ? JsonOf<OK>
    : R extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never;

/** The JSON body a route takes: `RequestBody<'/api/partners', 'post'>`. */
export type RequestBody<
  P extends keyof paths,
  M extends Method & keyof paths[P],
> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;
