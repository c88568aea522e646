import { useCallback } from 'react';
import { queryClient } from '../../api/query-client.ts';
import { useDraftAutosave as useAutosave } from '../../lib/useDraftAutosave.ts';
import { contactsApi, draftsKey } from './contacts-api.ts';
import type { ContactFormState } from './form-state.ts';

export type { SaveStatus } from '../../lib/useDraftAutosave.ts';

const offerDrafts = () => void queryClient.invalidateQueries({ queryKey: draftsKey });

/** A contact being typed, kept as a draft on the server; a closed form is offered again on the page. */
export function useDraftAutosave(
  draftId: string,
  openedAt: string,
  state: ContactFormState,
  dirty: boolean,
) {
  const persist = useCallback(
    (payload: ContactFormState, keepalive: boolean) =>
      contactsApi.saveDraft(draftId, openedAt, { ...payload }, keepalive),
    [draftId, openedAt],
  );
  return useAutosave(persist, state, dirty, offerDrafts);
}
