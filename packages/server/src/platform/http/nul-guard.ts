import type { FastifyInstance } from 'fastify';
import { invalid } from './errors.ts';

/** Where the first NUL character sits in a parsed request part (`body.notes`), or null. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key.includes('\u0000')) return at;
    const found = findNul(inner, at);
    if (found) return found;
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
