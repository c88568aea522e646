import autocannon from 'autocannon';

export interface Measurement {
  label: string;
  p50: number;
  p99: number;
  requestsPerSecond: number;
}

/**
 * Loads one URL on this machine's loopback for a bounded time and returns its latencies.
 * Requests only ever go to 127.0.0.1; the run stops by itself.
 */
export async function measure(
  label: string,
  url: string,
  seconds = 5,
  connections = 10,
  headers: Record<string, string> = {},
): Promise<Measurement> {
  const result = await autocannon({ url, duration: seconds, connections, headers });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${label}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return {
    label,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
  };
}

/** Prints each measurement and its ratio to the baseline measured in the same run. */
export function report(baseline: Measurement, others: Measurement[]): void {
  const rows = [baseline, ...others].map((m) => ({
    route: m.label,
    'p50 ms': m.p50,
    'p99 ms': m.p99,
    'req/s': Math.round(m.requestsPerSecond),
    // autocannon rounds to whole milliseconds: a baseline of 0 ms gives no ratio.
    'p50 ratio to baseline': baseline.p50 > 0 ? (m.p50 / baseline.p50).toFixed(2) : 'n/a (<1 ms)',
    'throughput ratio to baseline': (m.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
  }));
  console.table(rows);
}
