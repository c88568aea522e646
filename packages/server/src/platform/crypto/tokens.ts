import crypto from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, CSRF tokens. */
export const randomToken = (): string => crypto.randomBytes(32).toString('base64url');

/** For high-entropy secrets (tokens, recovery codes) a plain SHA-256 is enough; never for passwords. */
export const sha256 = (value: string): string =>
  crypto.createHash('sha256').update(value).digest('hex');

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * A code a person can read aloud or copy from paper: groups of five from an alphabet without
 * look-alike characters (about 49 bits per ten characters).
 */
export function readableCode(characters = 10): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from(
    { length: characters },
    () => alphabet[crypto.randomInt(alphabet.length)],
  );
  return chars.join('').replace(/(.{5})(?=.)/g, '$1-');
}

/**
 * A keyed hash (HMAC-SHA-256) for finding equal values without storing them, e.g. national ids:
 * without the key, the eleven-digit space is small enough to guess through.
 */
export function keyedHash(key: Buffer, purpose: string, value: string): string {
  return crypto.createHmac('sha256', key).update(`${purpose}:${value}`).digest('hex');
}
