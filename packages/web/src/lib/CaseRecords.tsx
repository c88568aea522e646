import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { FormToggle } from './FormToggle.tsx';

/**
 * What was done in a case (its visits, its contacts): a heading with the count, the form that
 * adds one (`form`, when the case takes more), and the list, newest as the API orders it.
 */
export function CaseRecords<Item extends { id: string }>({
  heading,
  count,
  form,
  none,
  listLabel,
  items,
  card,
}: {
  heading: string;
  count: string;
  form: {
    label: string;
    heading: string;
    saved: string;
    render: (done: () => void, close: () => void) => ReactNode;
  } | null;
  none: string;
  listLabel: string;
  items: readonly Item[];
  card: (item: Item) => ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {heading} <span className="havn-muted">({count})</span>
      </Heading>
      {form && (
        <FormToggle label={form.label} heading={form.heading} saved={form.saved} variant="primary">
          {form.render}
        </FormToggle>
      )}
      {items.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <ol className="havn-ds-cards" aria-label={listLabel}>
          {items.map((item) => (
            <li key={item.id}>{card(item)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
