import { useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export interface AgreementTerms {
  stayLimitDays: number;
  warningDays: number;
  billDaysBeyond: boolean;
  /** Null: nothing agreed yet (the defaults are shown). */
  version: number | null;
  updatedAt: string | null;
}

/** `GET /api/agreements`. */
export interface Agreements {
  default: AgreementTerms;
  municipalities: {
    number: string;
    name: string;
    relation: 'host' | 'partner';
    agreement: AgreementTerms | null;
  }[];
}

export const agreementsKey = ['agreements'] as const;

export function useAgreements() {
  return useQuery({
    queryKey: agreementsKey,
    queryFn: ({ signal }) => getJson<Agreements>('/api/agreements', { signal }),
  });
}

/** `municipality` is a municipality number, or 'default' for the centre's default. */
export async function putAgreement(
  municipality: string,
  body: {
    stayLimitDays: number;
    warningDays: number;
    billDaysBeyond: boolean;
    version: number | null;
  },
) {
  await sendJson('PUT', `/api/agreements/${encodeURIComponent(municipality)}`, body);
  await queryClient.invalidateQueries({ queryKey: agreementsKey });
}
