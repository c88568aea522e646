import { performance } from 'node:perf_hooks';

/** What is needed of the app: in-process requests. */
interface Injector {
  inject(request: Request): Promise<{ statusCode: number }>;
}
interface Request {
  method: 'GET';
  url: string;
  headers?: Record<string, string>;
}

export interface PreciseLatency {
  label: string;
  median: number;
  p90: number;
}

/**
 * Latency to the tenth of a millisecond, which autocannon (whole milliseconds) cannot give:
 * `count` sequential in-process requests through the whole app (hooks, validation,
 * serialisation), after a warm-up, timed with `performance.now()`.
 */
export async function injectLatency(
  app: Injector,
  label: string,
  request: Request,
  count = 500,
): Promise<PreciseLatency> {
  for (let i = 0; i < 50; i += 1) await app.inject(request);
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    const res = await app.inject(request);
    times.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`${label}: answered ${res.statusCode}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { label, median: at(0.5), p90: at(0.9) };
}
