import { Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/** One thing to review, as a list item: its title, its facts (`AuditFact`s) and its buttons. */
export function ReviewCard({
  title,
  facts,
  actions,
}: {
  title: string;
  facts: ReactNode;
  actions: ReactNode;
}) {
  const headingId = useId();
  return (
    <li>
      <article className="havn-audit-grant" aria-labelledby={headingId}>
        <Heading level={3} data-size="2xs" id={headingId}>
          {title}
        </Heading>
        <dl className="havn-audit-facts">{facts}</dl>
        <div className="havn-audit-grant__actions">{actions}</div>
      </article>
    </li>
  );
}
