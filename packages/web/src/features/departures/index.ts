/*
 * What the stay page takes from this module: the departure dialog and the
 * unit leader's correction of a stay's dates.
 */
export { CorrectionDialog } from './CorrectionDialog.tsx';
export { DepartureDialog } from './DepartureDialog.tsx';
