import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/**
 * A titled part of the staff dialog. When the user may not do what it holds, it says why
 * (`refusal`) instead.
 */
export function DialogSection({
  title,
  refusal,
  children,
}: {
  title: string;
  refusal?: string | null;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="havn-dialog-section" aria-labelledby={id}>
      <Heading level={3} data-size="xs" id={id}>
        {title}
      </Heading>
      {refusal ? <Paragraph data-size="sm">{refusal}</Paragraph> : children}
    </section>
  );
}
