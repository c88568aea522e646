import type { FastifyRequest } from 'fastify';

/**
 * One spelling per path. The router decodes percent-encoding before it matches, so `/%61pi/x`
 * reaches the route `/api/x`; anything that decides on the text of the URL (a prefix, a log line)
 * would then see another path than the route that answers. Every decision is made on the
 * matched route, and a path spelt other than as its route is registered answers 404, so no
 * second spelling of a route exists at all.
 */
export type SpellingProblem =
  'encoded' | 'case' | 'doubled_slash' | 'dot_segment' | 'trailing_slash';

/** The path of a request target, up to its query or fragment, as the router reads it. */
export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** RFC 3986's unreserved characters: they never need percent-encoding. */
const unreserved = /^[A-Za-z0-9\-._~]$/;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * What makes `path` another spelling than the canonical one. With `template` (a route's URL as
 * registered, `:name` for a parameter, `*` for the rest), its fixed segments must be sent
 * exactly so. Percent-encoding is canonical only for characters that need it.
 */
export function spellingProblems(path: string, template?: string): SpellingProblem[] {
  const problems = new Set<SpellingProblem>();
  for (const [, hex] of path.matchAll(/%([0-9A-Fa-f]{2})/g)) {
    if (unreserved.test(String.fromCharCode(Number.parseInt(hex!, 16)))) problems.add('encoded');
  }
  const segments = path.split('/').slice(1);
  if (segments.slice(0, -1).includes('')) problems.add('doubled_slash');
  if (segments.length > 1 && segments.at(-1) === '') problems.add('trailing_slash');
  if (segments.some((s) => ['.', '..'].includes(decodeSegment(s)))) problems.add('dot_segment');
  const fixed = template?.split('/').slice(1) ?? [];
  for (const [i, expected] of fixed.entries()) {
    if (expected.startsWith('*')) break;
    const sent = segments[i];
    if (expected.includes(':') || sent === undefined || sent === expected) continue;
    const decoded = decodeSegment(sent);
    if (decoded !== expected && decoded.toLowerCase() === expected.toLowerCase())
      problems.add('case');
  }
  return [...problems].sort();
}

/**
 * Whether a path names the API however it is spelt (encoded, in capitals, with doubled slashes
 * or dot segments), or names nothing readable at all: such a path is answered by the API's 404,
 * never with the web app.
 */
export function spellsApi(path: string): boolean {
  let decoded = path;
  // Twice-encoded spellings (%2561) come out too; a few rounds reach every real one.
  for (let round = 0; round < 3; round += 1) decoded = decodeSegment(decoded);
  const resolved = URL.parse(decoded.replace(/^[/\\]+/, '/'), 'http://havn.invalid');
  // No URL at all is no page of the web app either: the API's 404 answers it.
  if (resolved === null) return true;
  const squashed = resolved.pathname.replaceAll(/\/{2,}/g, '/').toLowerCase();
  return squashed === '/api' || squashed.startsWith('/api/');
}

/** The API's own prefix as a template: a path outside any route is checked against it. */
export const apiTemplate = '/api/*';

/**
 * Probing is visible in the log: the problems and the route the spelling reached, never the
 * path sent (it may carry anything) nor the query string.
 */
export function logRefusedSpelling(
  request: FastifyRequest,
  problems: SpellingProblem[],
  route: string | null,
): void {
  request.log.warn(
    { refused: 'non_canonical_path', problems, route, method: request.method },
    'non-canonical path refused',
  );
}
