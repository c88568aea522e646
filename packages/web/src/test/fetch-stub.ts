import { vi } from 'vitest';

const answers: (Response | Error)[] = [];
const unanswered: string[] = [];

/**
 * The server, as the web's tests play it: the global `fetch` answers each request with what the
 * test queued, in order, and keeps every request it was asked, as a `Request`. Installed by the
 * setup file before any test imports the client, since openapi-fetch keeps the `fetch` it finds.
 */
export const server = {
  requests: [] as Request[],
  /** Queues the next answer: a response, or an error to throw as `fetch` does offline. */
  answer(next: Response | Error) {
    answers.push(next);
  },
};

export function installFetchStub() {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    // The old client passes a path and its options; openapi-fetch passes a Request.
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), location.origin), init);
    server.requests.push(request);
    const next = answers.shift();
    if (next === undefined) unanswered.push(`${request.method} ${request.url}`);
    if (next === undefined || next instanceof Error) throw next ?? new TypeError('unanswered');
    return next;
  });
}

/** Between tests: forgets what was asked, and fails a test that asked what it did not answer. */
export function resetFetchStub() {
  server.requests.length = 0;
  answers.length = 0;
  const missed = unanswered.splice(0);
  if (missed.length > 0) throw new Error(`Requests the test did not answer: ${missed.join(', ')}`);
}
