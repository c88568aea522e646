import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import type { ApiError } from './errors.ts';
import { api, dataOf, type Reply, type RequestBody } from './http.ts';
import { queryClient } from './query-client.ts';
import type { paths } from './schema.d.ts';

/**
 * An operation as the hooks see it: whatever it answers on failure, what they throw is the
 * `ApiError` the middleware made of it.
 */
type Failing<Op> = Op extends { responses: infer R }
  ? Omit<Op, 'responses'> & {
      responses: Omit<R, 503 | 'default'> & {
        default: { headers: Record<string, unknown>; content: { 'application/json': ApiError } };
      };
    }
  : Op;
type FailingPaths = { [P in keyof paths]: { [M in keyof paths[P]]: Failing<paths[P][M]> } };

/**
 * `api` as TanStack Query hooks: `$api.useQuery('get', path, init, options)`. A query's key is
 * `[method, path, init]`, the path as the schema spells it; failures are the middleware's
 * `ApiError`, thrown before openapi-react-query looks at the answer.
 */
export const $api = createQueryHooks(api as unknown as Client<FailingPaths>);

type Write = 'post' | 'put' | 'patch' | 'delete';

/**
 * A write whose variables are the route's JSON body, to the route at `params` (its path
 * parameters, which the hook's caller fixed).
 */
export function useSend<P extends keyof paths, M extends Write & keyof paths[P]>(
  method: M,
  path: P,
  params: Omit<MaybeOptionalInit<paths[P], M>, 'body'>,
  options: Omit<UseMutationOptions<Reply<P, M>, ApiError, RequestBody<P, M>>, 'mutationFn'> = {},
) {
  return useMutation({
    mutationFn: (body: RequestBody<P, M>) =>
      dataOf(api.request(method, path as never, { ...params, body } as never)) as Promise<
        Reply<P, M>
      >,
    ...options,
  });
}

const pathParamsOf = (init: unknown): Record<string, unknown> =>
  (init as { params?: { path?: Record<string, unknown> } } | undefined)?.params?.path ?? {};

/**
 * After a write: every query of a route at or under one of `paths` (`/api/stays/{id}` takes in
 * `/api/stays/{id}/journal`) is asked again, only those for these path parameters if given.
 */
export function invalidate(paths: string | readonly string[], params: Record<string, string> = {}) {
  const prefixes = typeof paths === 'string' ? [paths] : paths;
  return queryClient.invalidateQueries({
    predicate: ({ queryKey: [, route, init] }) =>
      typeof route === 'string' &&
      prefixes.some((prefix) => route === prefix || route.startsWith(`${prefix}/`)) &&
      Object.entries(params).every(([name, value]) => pathParamsOf(init)[name] === value),
  });
}
