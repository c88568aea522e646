import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RecordRefusal, refusalOf } from '../features/access/RecordRefusal.tsx';
import type { GlassRecord } from '../features/access/break-glass-api.ts';
import { LoadError, Loading } from '../features/day-service/ui.tsx';

/**
 * One case as it loads: a spinner, then the case; a refusal with the way to break the glass and
 * the way back to the list (`back`) when the user may not open it; else the error, to retry.
 */
export function CaseQueryView<Case>({
  query,
  loadingText,
  record,
  back,
  children,
}: {
  query: UseQueryResult<Case>;
  loadingText: string;
  record: GlassRecord;
  back: ReactNode;
  children: (theCase: Case) => ReactNode;
}) {
  if (query.isPending) return <Loading text={loadingText} />;
  if (query.isError) {
    const refusal = refusalOf(query.error);
    if (refusal)
      return (
        <>
          <RecordRefusal reason={refusal} record={record} />
          {back}
        </>
      );
    return <LoadError error={query.error} retry={() => query.refetch()} />;
  }
  return children(query.data);
}
