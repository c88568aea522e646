import { correctionReasonMinLength } from '../departures/corrections.ts';
import type { FieldProblem } from '../errors/codes.ts';

export interface HomeMunicipalityCorrection {
  /** The number the stay holds now; null when none was known at arrival. */
  from: string | null;
  to: string | null;
  reason: string | null;
}

/**
 * What is wrong with a change of a stay's home municipality. Changing a known one moves the
 * agreement, the bill and the statistics, so it needs a reason that can be reviewed; setting one
 * where none was known is recording a fact, and needs none. Saving the same one is no change.
 */
export function homeMunicipalityCorrectionProblems(c: HomeMunicipalityCorrection): FieldProblem[] {
  if (c.from === c.to)
    return [
      {
        path: 'body.homeMunicipalityNumber',
        code: 'unchanged',
        message: 'The stay has this home municipality already',
      },
    ];
  if (c.from !== null && (c.reason ?? '').trim().length < correctionReasonMinLength)
    return [
      {
        path: 'body.reason',
        code: 'reason_too_short',
        message: `Give a reason of at least ${correctionReasonMinLength} characters`,
      },
    ];
  return [];
}
