import { useState } from 'react';
import { useSaveStep, type StepBody, type StepReply, type StepWrite } from '../intake-api.ts';
import { SaveError } from '../ui.tsx';

/**
 * Saving one step: sends the body with the version read, and shows a failure (a stale version
 * in words) announced each time. `then` runs after the server has it.
 */
export function useStep<S extends StepWrite>(intakeId: string, step: S) {
  const mutation = useSaveStep(intakeId, step);
  // TanStack's `mutate` takes its variables through a conditional type TypeScript cannot resolve
  // for a generic step; this is that same signature, with the step's own body and answer.
  const mutate = mutation.mutate as (
    body: StepBody<S>,
    options: { onSuccess: (result: StepReply<S>) => void },
  ) => void;
  const [attempt, setAttempt] = useState(0);
  return {
    pending: mutation.isPending,
    result: mutation.data,
    error: <SaveError error={mutation.error} attempt={attempt} />,
    save(body: StepBody<S>, then?: (result: StepReply<S>) => void) {
      setAttempt((n) => n + 1);
      mutate(body, { onSuccess: (r) => then?.(r) });
    },
  };
}
