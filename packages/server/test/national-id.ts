import { checkNationalId } from '@havn/domain';

/**
 * A synthetic test number (Test Norge: month + 80) for someone born on `ddmmyy`, with the check
 * digits the domain's validator accepts — never a real person's number.
 */
export function syntheticNationalId(ddmmyy: string): string {
  const birth = `${ddmmyy.slice(0, 2)}${Number(ddmmyy.slice(2, 4)) + 80}${ddmmyy.slice(4, 6)}`;
  for (let individual = 100; individual < 500; individual += 1)
    for (let check = 0; check < 100; check += 1) {
      const candidate = `${birth}${individual}${String(check).padStart(2, '0')}`;
      if (checkNationalId(candidate).valid) return candidate;
    }
  throw new Error(`no synthetic number for ${ddmmyy}`);
}
