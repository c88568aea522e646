import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

/**
 * How deep a JSON body may nest. No body Havn reads nests more than a few levels (a test keeps
 * every request schema well under this); anything deeper is an attack on whatever walks it.
 */
export const maxJsonDepth = 32;

/**
 * How deep JSON text nests, read as text: no parsing, no recursion, so nesting cannot exhaust
 * the stack here. Stops as soon as it is past `limit`. Brackets inside strings do not count.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > limit) return deepest;
    } else if (c === '}' || c === ']') depth -= 1;
  }
  return deepest;
}

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), refused first when they
 * nest deeper than `maxJsonDepth` — for every route, before anything walks the parsed value.
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text, maxJsonDepth) > maxJsonDepth) {
      done(
        new AppError(
          'malformed_request',
          `The request body nests deeper than ${maxJsonDepth} levels`,
        ),
        undefined,
      );
      return;
    }
    parse(request, text, done);
  });
}
