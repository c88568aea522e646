import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { openApiPath } from './openapi.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.app.ready();
});
afterAll(async () => t.close());

type Operation = { 'x-havn-access'?: string; responses?: Record<string, unknown> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

describe('OpenAPI document', () => {
  it('is OpenAPI 3 and lists every API route with its declared access rule', async () => {
    const res = await t.app.inject({ method: 'GET', url: openApiPath });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as Document;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/system/status']),
    );
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(operation['x-havn-access'], `${method} ${path}`).toBeTypeOf('string');
        expect(
          Object.keys(operation.responses ?? {}),
          `${method} ${path} declares its responses`,
        ).not.toHaveLength(0);
      }
    }
  });

  it('matches the committed openapi.json, so that API changes show in review', async () => {
    const res = await t.app.inject({ method: 'GET', url: openApiPath });
    const committed = JSON.parse(
      fs.readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8'),
    );
    expect(res.json(), 'run `npm run openapi -w @havn/server` and commit openapi.json').toEqual(
      committed,
    );
  });
});
