import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, loadDemoCentre, openContext, systemClock } from '@havn/server';
import { measure, report } from './lib/measure.ts';

/**
 * The HTTP stack against a bare route returning a constant, both served by the same app in the
 * same run, so the ratio says what Havn's own work costs on whatever machine this is.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-bench-'));
const ctx = await openContext(
  { HAVN_DATABASE_URL: path.join(dir, 'havn.db'), HAVN_LOG_LEVEL: 'silent' },
  systemClock,
);
const { database } = ctx;
await loadDemoCentre(ctx, 'bergen');
const app = await buildApp(ctx, { web: false });
app.get('/api/bench/baseline', { config: { access: 'public' } }, async () => ({ ok: true }));
const base = await app.listen({ host: '127.0.0.1', port: 0 });

try {
  const baseline = await measure('baseline (constant)', `${base}/api/bench/baseline`);
  const health = await measure('GET /api/health (database round trip)', `${base}/api/health`);
  report(baseline, [health]);
} finally {
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
