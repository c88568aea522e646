import type { FastifyInstance } from 'fastify';
import { invalid } from './errors.ts';

/**
 * Where the first NUL character sits in a parsed request part (`body.notes`), or null. Walked
 * with a stack of its own, not by recursion, so no nesting can exhaust the call stack.
 */
function findNul(value: unknown, path: string): string | null {
  const pending: [unknown, string][] = [[value, path]];
  while (pending.length > 0) {
    const [current, at] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return at;
    } else if (current !== null && typeof current === 'object') {
      // Pushed last to first, each value before its key, so they come off in document order.
      for (const [key, inner] of Object.entries(current).reverse()) {
        pending.push([inner, `${at}.${key}`], [key, `${at}.${key}`]);
      }
    }
  }
  return null;
}

/**
 * PostgreSQL's text cannot hold NUL (U+0000): a write or a search carrying one fails there with a
 * 500, while SQLite keeps it. No field of Havn has a use for it, so both engines refuse it alike,
 * after the route gate and before validation, naming the field.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, query: request.query, body: request.body };
    for (const [part, value] of Object.entries(parts)) {
      const path = findNul(value, part);
      if (path)
        throw invalid([
          { path, code: 'nul_character', message: 'Text may not hold a NUL character' },
        ]);
    }
  });
}
