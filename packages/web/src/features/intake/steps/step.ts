import type { Intake } from '../intake-api.ts';

/** What every step gets: the intake as saved, the user, and what to do once saved. */
export interface StepProps {
  intake: Intake;
  meId: string;
  onDone: () => void;
}
