import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/**
 * Under a case's facts: its actions (`children`) and the link to the person, then, once the case
 * has ended, the note that says so (announced when it appears).
 */
export function CaseActions({
  personId,
  personLink,
  endedNote,
  children,
}: {
  personId: string;
  personLink: string;
  endedNote: string | null;
  children?: ReactNode;
}) {
  return (
    <>
      <div className="havn-ds-actions">
        {children}
        <Link asChild>
          <RouterLink to={`/people/${encodeURIComponent(personId)}`}>{personLink}</RouterLink>
        </Link>
      </div>
      <div role="status">
        {endedNote && (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{endedNote}</Paragraph>
          </Alert>
        )}
      </div>
    </>
  );
}
