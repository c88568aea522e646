/**
 * Official municipality numbers are four digits, the first two the county (e.g. 4601 Bergen,
 * 0301 Oslo). Kept as strings: a leading zero is part of the number.
 */
export const municipalityNumberPattern = /^\d{4}$/;

export function isMunicipalityNumber(value: string): boolean {
  return municipalityNumberPattern.test(value);
}
