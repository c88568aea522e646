import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';

/** A built web app of two files, enough to tell the web app's answer from the API's. */
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-web-'));
fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Havn</title>');
fs.mkdirSync(path.join(webDir, 'assets'));
fs.writeFileSync(path.join(webDir, 'assets', 'app-1a2b.js'), 'export {};');

let t: TestApp;
let handlerRuns = 0;

beforeAll(async () => {
  t = await testApp({ webDir, logs: true });
  // Outside /api, so nothing stops it at start: only the check on arrival stands in its way.
  t.app.get('/test/undeclared', async () => {
    handlerRuns += 1;
    return { reached: true };
  });
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string) => t.app.inject({ method: 'GET', url });
const refusals = () => t.logs.filter((line) => line.refused === 'non_canonical_path');
const noSuchEndpoint = { error: { code: 'not_found', message: 'No such endpoint' } };

describe('one spelling per path', () => {
  it('logs a refused spelling with its route and what was wrong, without the path or query', async () => {
    t.logs.length = 0;
    expect((await get('/%61pi/system/status?name=Kari%20Nordmann')).statusCode).toBe(404);
    expect((await get('/API/system/status?name=Kari')).statusCode).toBe(404);
    expect(refusals()).toEqual([
      expect.objectContaining({
        level: 40,
        route: '/api/system/status',
        problems: ['encoded'],
        method: 'GET',
      }),
      expect.objectContaining({ level: 40, route: null, problems: ['case'] }),
    ]);
    const logged = JSON.stringify(t.logs);
    expect(logged).not.toContain('Kari');
    expect(logged).not.toContain('%61pi');
  });

  it('logs no refusal for an unknown API path spelt right', async () => {
    t.logs.length = 0;
    expect((await get('/api/no-such-thing')).json()).toEqual(noSuchEndpoint);
    expect(refusals()).toEqual([]);
  });

  it('never answers an API path in another spelling with the web app', async () => {
    for (const url of [
      '/API/system/status',
      '/Api',
      '//api/system/status',
      '/%61pi/no-such-thing',
      '/%2561pi/system/status',
      '/api/system/status/',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toEqual(noSuchEndpoint);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('still serves the web app, and its hashed assets as cacheable', async () => {
    const page = await get('/personer/ny');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    const asset = await get('/assets/app-1a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('a route without an access rule', () => {
  it('is refused on arrival, and its handler never runs', async () => {
    const res = await get('/test/undeclared');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(handlerRuns).toBe(0);
    expect(t.logs).toContainEqual(
      expect.objectContaining({ level: 50, route: '/test/undeclared' }),
    );
  });
});
