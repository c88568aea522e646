import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, loadDemoCentre, openContext, systemClock } from '@havn/server';
import { loginDemo } from './lib/login.ts';
import { measure, report } from './lib/measure.ts';
import { injectLatency } from './lib/precise.ts';
import { addBeds, generateHistory } from './lib/stays-history.ts';

/**
 * The live board of a 60-bed centre with ten years of stays behind it, against a bare route
 * returning a constant in the same run. The target: a median under 20 ms. autocannon's
 * latencies are whole milliseconds, so the medians are also taken to a tenth of a millisecond
 * over 500 sequential in-process requests.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-bench-board-'));
const ctx = await openContext(
  { HAVN_DATABASE_URL: path.join(dir, 'havn.db'), HAVN_LOG_LEVEL: 'silent' },
  systemClock,
);
const { database } = ctx;
const centreId = await loadDemoCentre(ctx, 'bergen');
const now = new Date();
// Bergen's demo has 45 beds; five rooms of three make the 60.
await addBeds(database, centreId, 5, now);
const started = performance.now();
const written = await generateHistory(database, centreId, now, 10);
console.log(
  `Board benchmark: ${written.beds} beds, ${written.stays} stays over 10 years ` +
    `(${written.open} still going), written in ${Math.round(performance.now() - started)} ms`,
);

const app = await buildApp(ctx, { web: false });
app.get('/api/bench/baseline', { config: { access: 'public' } }, async () => ({ ok: true }));
const headers = await loginDemo(app, 'enhetsleder');
const base = await app.listen({ host: '127.0.0.1', port: 0 });

try {
  const boardUrl = '/api/capacity/board';
  const check = await app.inject({ method: 'GET', url: boardUrl, headers });
  if (check.statusCode !== 200) throw new Error(`board answered ${check.statusCode}`);
  const totals = (check.json() as { totals: { beds: number; occupied: number } }).totals;
  console.log(`The board shows ${totals.beds} beds, ${totals.occupied} occupied.`);

  // Ten connections show throughput (and queueing on one Node thread); one shows latency.
  const baseline = await measure(
    'baseline (constant), 10 connections',
    `${base}/api/bench/baseline`,
  );
  const board = await measure(
    `GET ${boardUrl}, 10 connections`,
    `${base}${boardUrl}`,
    5,
    10,
    headers,
  );
  report(baseline, [board]);
  const single = await measure(
    'baseline (constant), 1 connection',
    `${base}/api/bench/baseline`,
    5,
    1,
  );
  const singleBoard = await measure(
    `GET ${boardUrl}, 1 connection`,
    `${base}${boardUrl}`,
    5,
    1,
    headers,
  );
  report(single, [singleBoard]);

  const preciseBase = await injectLatency(app, 'baseline (constant)', {
    method: 'GET',
    url: '/api/bench/baseline',
  });
  const preciseBoard = await injectLatency(app, `GET ${boardUrl}`, {
    method: 'GET',
    url: boardUrl,
    headers,
  });
  console.table(
    [preciseBase, preciseBoard].map((m) => ({
      'route (500 sequential, in process)': m.label,
      'median ms': m.median.toFixed(2),
      'p90 ms': m.p90.toFixed(2),
      'median ratio to baseline': (m.median / Math.max(preciseBase.median, 0.001)).toFixed(1),
    })),
  );
  console.log(
    `Board median ${preciseBoard.median.toFixed(2)} ms: ${
      preciseBoard.median < 20 ? 'within' : 'OVER'
    } the 20 ms target.`,
  );
} finally {
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
