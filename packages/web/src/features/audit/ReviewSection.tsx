import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode, type RefObject } from 'react';
import { Feedback } from '../../lib/Feedback.tsx';

/**
 * A list to review on the audit page: the heading (which takes focus when a reviewed item leaves
 * the list with its button), the intro, the controls, what was just done, what failed, the list.
 */
export function ReviewSection({
  heading,
  intro,
  headingRef,
  done,
  failure,
  controls,
  children,
}: {
  heading: string;
  intro: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  done: string | null;
  failure: string | null;
  controls?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="havn-audit-section" aria-labelledby={headingId}>
      <Heading
        level={2}
        data-size="sm"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="havn-audit-section__heading"
      >
        {heading}
      </Heading>
      <Paragraph variant="long">{intro}</Paragraph>
      {controls}
      <Feedback done={done} error={failure} />
      {children}
    </section>
  );
}
