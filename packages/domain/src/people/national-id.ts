import { idnr } from '@navikt/fnrvalidator';

/**
 * Norwegian national identity numbers: fødselsnummer, D-number (+4 on the first digit, for people
 * without a birth number), H-number (+40 on the month, helsenummer) and synthetic test numbers
 * (+80 on the month, Tenor/Test Norge). Checked by their two check digits (NAV's validator); never
 * required — a person may give only an alias.
 */
export type NationalIdKind = 'fnr' | 'dnr' | 'hnr' | 'synthetic';
export type NationalIdCheck =
  | { valid: true; kind: NationalIdKind; birthDate: string }
  | { valid: false; reason: 'format' | 'check_digits' | 'date' };

const kindOf: Record<string, NationalIdKind> = {
  fnr: 'fnr',
  dnr: 'dnr',
  hnr: 'hnr',
  tnr: 'synthetic',
  'dnr-and-hnr': 'dnr',
  'dnr-and-tnr': 'synthetic',
};

/** The century from the individual number (digits 7–9) and the two-digit year, as the registry assigns them. */
function fullYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return null;
}

export function checkNationalId(input: string): NationalIdCheck {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(digits)) return { valid: false, reason: 'format' };
  const result = idnr(digits);
  if (result.status === 'invalid') {
    return {
      valid: false,
      reason: result.reasons.some((r) => r.startsWith('checksums')) ? 'check_digits' : 'date',
    };
  }
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  const year = fullYear(Number(digits.slice(4, 6)), Number(digits.slice(6, 9)));
  if (year === null) return { valid: false, reason: 'date' };
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { valid: true, kind: kindOf[result.type] ?? 'fnr', birthDate };
}

/** The eleven digits without spaces or separators, for storing and comparing. */
export const normalizeNationalId = (input: string): string => input.replace(/[\s.-]/g, '');

/**
 * Confirming an identity by typing the number is a guess at it, and the birth date leaves about a
 * thousand candidates: so few tries per record and per staff member a day (`windowHours`).
 */
export const nationalIdConfirmLimit = { perRecord: 5, perStaff: 20, windowHours: 24 } as const;

/** Whether another attempt at confirming a record's national id must wait. */
export function nationalIdConfirmExhausted(attempts: { onRecord: number; byStaff: number }) {
  return (
    attempts.onRecord >= nationalIdConfirmLimit.perRecord ||
    attempts.byStaff >= nationalIdConfirmLimit.perStaff
  );
}
