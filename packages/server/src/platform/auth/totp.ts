import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { readableCode, sha256 } from '../crypto/tokens.ts';

const period = 30;

function totpFor(secretBase32: string, label = 'Havn'): TOTP {
  return new TOTP({
    issuer: 'Havn',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, RFC 4226's recommendation), base32 as authenticator apps expect. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/**
 * Checks a code against the secret, one step either side for clock drift. Returns the time step
 * it matched, so the caller can refuse a step it has already accepted (a code is used once).
 */
export function matchTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({
    token: code,
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / period) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The code an authenticator app shows at `now`; for demo mode and tests. */
export const totpCode = (secretBase32: string, now: Date): string =>
  totpFor(secretBase32).generate({ timestamp: now.getTime() });

export async function enrolmentQr(
  secretBase32: string,
  username: string,
): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = totpFor(secretBase32, username).toString();
  return {
    uri,
    qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, scale: 6 }),
  };
}

/** Ten one-time recovery codes, `xxxxx-xxxxx`. */
export const newRecoveryCodes = (count = 10): string[] =>
  Array.from({ length: count }, () => readableCode(10));

export const normalizeRecoveryCode = (code: string): string =>
  code.trim().toLowerCase().replace(/[\s-]/g, '');
export const recoveryCodeHash = (code: string): string =>
  sha256(`havn-recovery:${normalizeRecoveryCode(code)}`);
