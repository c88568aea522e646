import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { server } from '../test/fetch-stub.ts';
import { ApiError } from './errors.ts';
import { $api, invalidate, useSend } from './queries.ts';
import { queryClient } from './query-client.ts';

const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(QueryClientProvider, { client: queryClient }, children);
const onStay = (id: string) => ({ params: { path: { id } } });
const paths = (requests: Request[]) => requests.map((r) => new URL(r.url).pathname).sort();

describe('the query hooks', () => {
  it("fail with the server's error as an ApiError, its status and code kept", async () => {
    server.answer(
      Response.json({ error: { code: 'not_found', message: 'No such stay' } }, { status: 404 }),
    );
    const { result } = renderHook(() => $api.useQuery('get', '/api/stays/{id}', onStay('x')), {
      wrapper,
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('send a write with its body to the route, and fail a refused one as an ApiError', async () => {
    server.answer(
      Response.json({ error: { code: 'conflict', message: 'Stale' } }, { status: 409 }),
    );
    const { result } = renderHook(() => useSend('put', '/api/protection/settings', {}), {
      wrapper,
    });
    const failure = await result.current
      .mutateAsync({ reassessmentIntervalDays: 30, version: 3 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 409, code: 'conflict' });
    const [request] = server.requests;
    expect(request!.method).toBe('PUT');
    expect(new URL(request!.url).pathname).toBe('/api/protection/settings');
    await expect(request!.json()).resolves.toEqual({ reassessmentIntervalDays: 30, version: 3 });
  });
});

describe('invalidating by route', () => {
  it('asks again what is at or under the route, for its parameters only', async () => {
    for (let n = 0; n < 4; n += 1) server.answer(Response.json({ items: [] }));
    const { result } = renderHook(
      () => [
        $api.useQuery('get', '/api/stays/{id}', onStay('stay-1')),
        $api.useQuery('get', '/api/stays/{id}/journal', onStay('stay-1')),
        $api.useQuery('get', '/api/stays/{id}', onStay('stay-2')),
        $api.useQuery('get', '/api/stays/residents'),
      ],
      { wrapper },
    );
    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    server.requests.length = 0;

    server.answer(Response.json({ items: [] }));
    server.answer(Response.json({ items: [] }));
    await act(() => invalidate('/api/stays/{id}', { id: 'stay-1' }));
    expect(paths(server.requests)).toEqual(['/api/stays/stay-1', '/api/stays/stay-1/journal']);
  });

  it('takes in every route under a prefix, and no route that only starts alike', async () => {
    for (let n = 0; n < 3; n += 1) server.answer(Response.json({ items: [] }));
    const { result } = renderHook(
      () => [
        $api.useQuery('get', '/api/staff'),
        $api.useQuery('get', '/api/staff/directory'),
        $api.useQuery('get', '/api/stays/residents'),
      ],
      { wrapper },
    );
    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    server.requests.length = 0;

    server.answer(Response.json({ items: [] }));
    server.answer(Response.json({ items: [] }));
    await act(() => invalidate('/api/sta'));
    expect(server.requests).toHaveLength(0);
    await act(() => invalidate('/api/staff'));
    expect(paths(server.requests)).toEqual(['/api/staff', '/api/staff/directory']);
  });
});
