import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * What became of a change: a success in a polite live region that is always there (so it is
 * announced), an error as an alert.
 */
export function Feedback({ done, error }: { done: ReactNode; error: string | null }) {
  return (
    <>
      <div role="status">
        {done && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{done}</Paragraph>
          </Alert>
        )}
      </div>
      {error && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">{error}</Paragraph>
        </Alert>
      )}
    </>
  );
}
