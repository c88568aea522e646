import { Alert, Paragraph } from '@digdir/designsystemet-react';

/**
 * A form's error, announced at once (role="alert"). `attempt` remounts it, so that the same error
 * after another try is announced again.
 */
export function FormError({ message, attempt }: { message: string | null; attempt: number }) {
  if (message === null) return null;
  return (
    <Alert key={attempt} data-color="danger" role="alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
