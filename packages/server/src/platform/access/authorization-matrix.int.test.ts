import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { openApiPath } from '../http/openapi.ts';

/**
 * The declared expectation for every route. A route that is in the OpenAPI document but not in
 * this table fails the build: nobody adds an endpoint without saying who may call it. Identity
 * and roles extend each row with the status for every role.
 */
const expectations: Record<string, { anonymous: number }> = {
  'GET /api/health': { anonymous: 200 },
  'GET /api/system/status': { anonymous: 401 },
};

let t: TestApp;
let routes: string[];

beforeAll(async () => {
  t = await testApp();
  await t.app.ready();
  const doc = (await t.app.inject({ method: 'GET', url: openApiPath })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
});
afterAll(async () => t.close());

describe('authorization matrix', () => {
  it('has a declared expectation for every route in the OpenAPI document, and no stale rows', () => {
    expect(routes.sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(Object.entries(expectations))(
    '%s answers an anonymous caller as declared',
    async (route, expected) => {
      const [method, url] = route.split(' ') as [
        'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
        string,
      ];
      const res = await t.app.inject({ method, url });
      expect(res.statusCode).toBe(expected.anonymous);
    },
  );
});
