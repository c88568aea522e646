/* What the stay page takes from this module: the move-out plan of a stay. */
export { MoveOutPlanSection } from './MoveOutPlanSection.tsx';
