import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testApp, type TestApp } from '../../../test/app.ts';
import { testEngine } from '../../../test/databases.ts';
import { bodyLimitBytes } from '../../app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
  // A probe route, added the way a module adds one, to exercise body handling end to end.
  t.app.post(
    '/api/test/probe',
    {
      config: { access: 'public' },
      schema: {
        body: z.object({ alias: z.string().min(1), children: z.number().int().min(0) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async () => ({ ok: true as const }),
  );
  t.app.get('/api/test/boom', { config: { access: 'public' } }, async () => {
    throw new Error('secret internal detail at /srv/havn/db.ts:42');
  });
  await t.app.ready();
});

afterAll(async () => t.close());

describe('HTTP foundation', () => {
  it('answers health with the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: testEngine });
  });

  it('never lets an API response be cached, and sends the security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(
      /script-src 'self' 'nonce-[0-9a-f]{32}'/,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint' } });
  });

  it('answers invalid fields with 400 and one problem per field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/probe',
      payload: { alias: '', children: -1 },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'body.alias',
      'body.children',
    ]);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"alias": "A",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('malformed_request');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/probe',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ alias: 'x'.repeat(bodyLimitBytes), children: 0 }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers an unexpected failure with a generic 500 and no internals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret internal detail');
    expect(res.body).not.toMatch(/\.ts:\d+/);
    expect(res.json().error.code).toBe('internal_error');
  });

  it('refuses an anonymous request to a protected route with 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/system/status' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('refuses to register an API route that declares no access rule', async () => {
    const other = await testApp();
    try {
      expect(() => other.app.get('/api/test/undeclared', async () => ({}))).toThrow(
        /declares no access rule/,
      );
    } finally {
      await other.close();
    }
  });
});
