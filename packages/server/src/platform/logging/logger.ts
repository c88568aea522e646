import pino, { type LoggerOptions } from 'pino';
import type { LogLevel } from '../config/config.ts';

/**
 * Paths that can hold personal data or secrets. Request bodies and query strings are never
 * logged at all (the request serializer drops them); these catch what could still slip in.
 */
export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'body',
  'query',
  '*.password',
  '*.newPassword',
  '*.totp',
  '*.code',
  '*.token',
  '*.nationalId',
  '*.name',
  '*.alias',
  '*.address',
  '*.phone',
  '*.email',
  '*.note',
  '*.text',
];

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      // Only the route pattern and the method: ids in paths are opaque, query strings may not be.
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
      }),
    },
  };
}

export function createLogger(level: LogLevel) {
  return pino(loggerOptions(level));
}
