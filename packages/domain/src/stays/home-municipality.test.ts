import { describe, expect, it } from 'vitest';
import { homeMunicipalityCorrectionProblems } from './home-municipality.ts';

const reason = 'Skrevet feil i inntaket: hun bor i Bergen';

describe('homeMunicipalityCorrectionProblems', () => {
  it.each([
    ['sets one where none was known, without a reason', null, '4601', null, []],
    ['sets one where none was known, with a reason', null, '4601', reason, []],
    ['changes a known one with a reason', '5001', '4601', reason, []],
    ['clears a known one with a reason', '4601', null, reason, []],
    ['refuses to change a known one without a reason', '5001', '4601', null, ['reason_too_short']],
    ['refuses a reason too short to review', '5001', '4601', ' feil ', ['reason_too_short']],
    ['refuses the same one as no change', '4601', '4601', reason, ['unchanged']],
    ['refuses unknown to unknown as no change', null, null, null, ['unchanged']],
  ] as const)('%s', (_, from, to, why, codes) => {
    expect(
      homeMunicipalityCorrectionProblems({ from, to, reason: why }).map((p) => p.code),
    ).toEqual(codes);
  });
});
