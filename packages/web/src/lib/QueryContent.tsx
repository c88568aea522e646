import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadError, Loading } from '../features/day-service/ui.tsx';

/** What a query has: a spinner while it loads, the error with a retry, else its data shown. */
export function QueryContent<Data>({
  query,
  loadingText,
  children,
}: {
  query: UseQueryResult<Data>;
  loadingText: string;
  children: (data: Data) => ReactNode;
}) {
  if (query.isPending) return <Loading text={loadingText} />;
  if (query.isError) return <LoadError error={query.error} retry={() => query.refetch()} />;
  return children(query.data);
}
