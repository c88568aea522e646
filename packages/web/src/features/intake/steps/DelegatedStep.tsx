import { SafetyPlanStep } from '../../protection/SafetyPlanStep.tsx';
import { ThreatAssessmentStep } from '../../protection/ThreatAssessmentStep.tsx';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

// The protection module owns these two steps; they come with the wizard's chunk.
const steps = { threats: ThreatAssessmentStep, safety_plan: SafetyPlanStep };

/**
 * The threat mapping and the safety plan: the protection module's components save their own
 * records keyed on the intake; when one says it is done, the intake marks the step saved.
 */
export function DelegatedStep({ intake, onDone, step }: StepProps & { step: keyof typeof steps }) {
  const mark = useStep(intake.id, step);
  const Step = steps[step];
  return (
    <>
      {mark.error}
      <Step intakeId={intake.id} onDone={() => mark.save({ version: intake.version }, onDone)} />
    </>
  );
}
