import fs from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { openApiPath } from './openapi.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.app.ready();
});
afterAll(async () => t.close());

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  'x-havn-access'?: string;
  responses?: Record<string, unknown>;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

async function served(): Promise<Document> {
  return (await t.app.inject({ method: 'GET', url: openApiPath })).json() as Document;
}

const operations = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, path, operation })),
  );

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

  it('names every operation once, so a generated client has one function per use case', async () => {
    const ids = operations(await served()).map(({ operation }) => operation.operationId);
    expect(ids).not.toContain(undefined);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("asks for the session on every route but the public ones, and for the CSRF token on a session's writes", async () => {
    for (const { method, path, operation } of operations(await served())) {
      const access = operation['x-havn-access'];
      const write = method !== 'get';
      const session = write ? { session: [], csrfToken: [] } : { session: [] };
      const expected =
        access === 'scraper'
          ? [{}, { metricsToken: [] }]
          : access === 'public'
            ? [{}, session]
            : [session];
      expect(operation.security, `${method} ${path}`).toEqual(expected);
    }
  });

  it("keeps the web app's generated types (packages/web/src/api/schema.d.ts) in step", async () => {
    const generated =
      COMMENT_HEADER + astToString(await openapiTS((await served()) as unknown as OpenAPI3));
    const committed = fs.readFileSync(
      new URL('../../../../web/src/api/schema.d.ts', import.meta.url),
      'utf8',
    );
    expect(generated === committed, 'run `npm run openapi -w @havn/server`').toBe(true);
  });
});
