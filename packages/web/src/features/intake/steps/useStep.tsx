import { useState } from 'react';
import { useSaveStep } from '../intake-api.ts';
import { SaveError } from '../ui.tsx';

type Write = Parameters<typeof useSaveStep>[1];

/**
 * Saving one step: sends the body with the version read, and shows a failure (a stale version
 * in words) announced each time. `then` runs after the server has it.
 */
export function useStep<Result = { version: number }>(intakeId: string, write: Write) {
  const mutation = useSaveStep<Result>(intakeId, write);
  const [attempt, setAttempt] = useState(0);
  return {
    pending: mutation.isPending,
    result: mutation.data,
    error: <SaveError error={mutation.error} attempt={attempt} />,
    save(body: Record<string, unknown>, then?: (result: Result) => void) {
      setAttempt((n) => n + 1);
      mutation.mutate(body, { onSuccess: (r) => then?.(r) });
    },
  };
}
