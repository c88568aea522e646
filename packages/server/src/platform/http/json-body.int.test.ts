import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testApp, type TestApp } from '../../../test/app.ts';
import { readOperations, type JsonSchema } from '../../../test/openapi.ts';
import { maxJsonDepth } from './json-body.ts';

let t: TestApp;

beforeAll(async () => {
  t = await testApp({ logs: true });
  // A probe route that takes any JSON, to reach the limit itself (no Havn body nests so deep).
  t.app.post(
    '/api/test/any-json',
    { config: { access: 'public' }, schema: { body: z.unknown() } },
    async () => ({ ok: true }),
  );
  await t.app.ready();
});
afterAll(async () => t.close());

const arrays = (levels: number, inner = '0') => '['.repeat(levels) + inner + ']'.repeat(levels);
const objects = (levels: number, inner = '0') =>
  '{"a":'.repeat(levels) + inner + '}'.repeat(levels);

const post = (url: string, payload: string) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json' },
    payload,
  });

/** How many objects and arrays deep a schema lets a body nest. */
function schemaDepth(schema: JsonSchema | undefined): number {
  if (!schema) return 0;
  const alternatives = Math.max(0, ...(schema.anyOf ?? []).map(schemaDepth));
  const properties = Math.max(0, ...Object.values(schema.properties ?? {}).map(schemaDepth));
  const additional = (schema as { additionalProperties?: JsonSchema | boolean })
    .additionalProperties;
  const values = typeof additional === 'object' ? schemaDepth(additional) : 0;
  if (schema.type === 'array') return 1 + schemaDepth(schema.items);
  if (schema.type === 'object') return 1 + Math.max(properties, values);
  return alternatives;
}

describe('deeply nested JSON', () => {
  it('is refused with 400 before login, on any route, with nothing logged as an error', async () => {
    t.logs.length = 0;
    // 10,000 levels in 20 KB: what once exhausted the stack and answered 500.
    for (const body of [arrays(10_000), objects(10_000)]) {
      for (const url of ['/api/auth/login', '/api/people', '/api/test/any-json']) {
        const res = await post(url, body);
        expect(res.statusCode, url).toBe(400);
        expect(res.json(), url).toEqual({
          error: {
            code: 'malformed_request',
            message: `The request body nests deeper than ${maxJsonDepth} levels`,
          },
        });
      }
    }
    expect(t.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
    expect(JSON.stringify(t.logs)).not.toMatch(/stack|RangeError/);
  });

  it('is read up to the limit, and a NUL that deep is still found and named', async () => {
    expect((await post('/api/test/any-json', arrays(maxJsonDepth))).statusCode).toBe(200);
    expect((await post('/api/test/any-json', objects(maxJsonDepth))).statusCode).toBe(200);
    expect((await post('/api/test/any-json', arrays(maxJsonDepth + 1))).statusCode).toBe(400);
    // Brackets inside strings are text, not nesting.
    const brackets = JSON.stringify({ a: '['.repeat(100), b: '{'.repeat(100) });
    expect((await post('/api/test/any-json', brackets)).statusCode).toBe(200);
    const nul = await post('/api/test/any-json', objects(maxJsonDepth, '"x\\u0000"'));
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields).toEqual([
      expect.objectContaining({ path: `body${'.a'.repeat(maxJsonDepth)}`, code: 'nul_character' }),
    ]);
  });

  it('is never needed: every request body the API declares nests far less deep', async () => {
    const deepest = Math.max(
      ...(await readOperations(t.app)).map((op) => schemaDepth(op.body ?? undefined)),
    );
    expect(deepest).toBeGreaterThan(1);
    expect(deepest).toBeLessThanOrEqual(maxJsonDepth / 4);
  });
});
