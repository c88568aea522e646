import type { ReactNode } from 'react';

/** One fact of an audit card, as a term and its description. */
export function AuditFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
