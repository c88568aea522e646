import { describe, expect, it } from 'vitest';
import { server } from '../test/fetch-stub.ts';
import { ApiError } from './errors.ts';
import { api, dataOf } from './http.ts';
import { meQueryKey, queryClient } from './query-client.ts';

const stay = { params: { path: { id: 'stay-1' } } };
const logIn = () =>
  queryClient.setQueryData(meQueryKey, { state: 'authenticated', csrfToken: 'token-from-me' });
const lastRequest = () => server.requests.at(-1)!;
const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('the call succeeded');
    },
    (error: unknown) => error,
  );

describe('the client', () => {
  it("sends the session's CSRF token, from the cached me, with a write", async () => {
    logIn();
    server.answer(Response.json({ version: 2 }));
    await api.PUT('/api/protection/settings', {
      body: { reassessmentIntervalDays: 30, version: 1 },
    });
    expect(lastRequest().method).toBe('PUT');
    expect(lastRequest().headers.get('X-CSRF-Token')).toBe('token-from-me');
  });

  it('keeps a CSRF token the caller passed, as the login steps do', async () => {
    logIn();
    server.answer(Response.json({ version: 2 }));
    await api.PUT('/api/protection/settings', {
      body: { reassessmentIntervalDays: 30, version: 1 },
      headers: { 'X-CSRF-Token': 'token-of-the-step' },
    });
    expect(lastRequest().headers.get('X-CSRF-Token')).toBe('token-of-the-step');
  });

  it('sends no CSRF token with a read', async () => {
    logIn();
    server.answer(Response.json({ items: [] }));
    await api.GET('/api/stays/residents');
    expect(lastRequest().method).toBe('GET');
    expect(lastRequest().headers.has('X-CSRF-Token')).toBe(false);
  });

  it("throws a refusal as an ApiError with the server's code and reason", async () => {
    server.answer(
      Response.json(
        {
          error: { code: 'conflict', message: 'Changed by someone else', reason: 'stale_version' },
        },
        { status: 409 },
      ),
    );
    const error = await failureOf(
      api.PUT('/api/protection/settings', { body: { reassessmentIntervalDays: 30, version: 1 } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', reason: 'stale_version' });
  });

  it('throws unexpected_response for a success that is not JSON', async () => {
    server.answer(new Response('<!doctype html><p>A proxy page</p>', { status: 200 }));
    const error = await failureOf(api.GET('/api/stays/residents'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, code: 'unexpected_response' });
  });

  it('throws network_error when no answer comes', async () => {
    server.answer(new TypeError('Failed to fetch'));
    const error = await failureOf(api.GET('/api/stays/residents'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
  });

  it('gives undefined for a 204', async () => {
    server.answer(new Response(null, { status: 204 }));
    await expect(
      dataOf(api.DELETE('/api/stays/{id}/journal/draft', stay)),
    ).resolves.toBeUndefined();
    expect(lastRequest().url).toBe(`${location.origin}/api/stays/stay-1/journal/draft`);
  });
});
