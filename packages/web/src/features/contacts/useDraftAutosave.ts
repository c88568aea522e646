import { useCallback, useEffect, useRef, useState } from 'react';
import { queryClient } from '../../api/query-client.ts';
import { contactsApi, draftsKey } from './contacts-api.ts';
import type { ContactFormState } from './form-state.ts';

export type SaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed' };

/** How long typing must pause before the draft is saved, and the wait before a retry. */
const debounceMs = 1_500;
const retryMs = 5_000;

/**
 * Keeps the form as typed on the server, so a closed tab or a flat battery loses a few seconds
 * at most: saved ~1.5 s after each change, again as the tab is hidden or closed (keepalive), and
 * when the form goes away. Never in the browser's storage. Saves go one at a time, in order, so
 * `stop()` — before logging or discarding — can wait for the last one: no save may land after
 * the contact is logged and bring its draft back.
 */
export function useDraftAutosave(
  draftId: string,
  openedAt: string,
  state: ContactFormState,
  dirty: boolean,
) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(state);
  const unsaved = useRef(false);
  const stopped = useRef(false);

  const save = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    if (stopped.current || !unsaved.current) return chain.current;
    unsaved.current = false;
    const payload = latest.current;
    setStatus({ state: 'saving' });
    chain.current = chain.current
      .then(() => contactsApi.saveDraft(draftId, openedAt, payload))
      .then(
        () => {
          if (!unsaved.current) setStatus({ state: 'saved', at: new Date() });
        },
        () => {
          setStatus({ state: 'failed' });
          if (stopped.current) return;
          unsaved.current = true;
          timer.current = window.setTimeout(() => void save(), retryMs);
        },
      );
    return chain.current;
  }, [draftId, openedAt]);

  // Each change: remember it, and save once typing pauses.
  useEffect(() => {
    if (!dirty) return;
    latest.current = state;
    unsaved.current = true;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), debounceMs);
  }, [state, dirty, save]);

  // The tab is hidden or closing: send what is unsaved now, in a request that outlives the page.
  useEffect(() => {
    const onHide = (event: Event) => {
      if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
      if (stopped.current || !unsaved.current) return;
      window.clearTimeout(timer.current);
      unsaved.current = false;
      // Sent at once, not after the save in flight: the page may be gone by then.
      const request = contactsApi.saveDraft(draftId, openedAt, latest.current, true).then(
        () => setStatus({ state: 'saved', at: new Date() }),
        () => {
          unsaved.current = true;
        },
      );
      chain.current = Promise.all([chain.current, request]).then(() => undefined);
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [draftId, openedAt]);

  // The form goes away (closed, not logged): keep what was typed, and offer it on the page.
  useEffect(
    () => () => {
      void save().then(() => queryClient.invalidateQueries({ queryKey: draftsKey }));
    },
    [save],
  );

  /** No more saves; resolves once the last one has landed. */
  const stop = useCallback(() => {
    stopped.current = true;
    window.clearTimeout(timer.current);
    return chain.current;
  }, []);

  /** Saving again after a failed attempt to log: the draft must outlive the failure. */
  const resume = useCallback(() => {
    stopped.current = false;
    unsaved.current = true;
    void save();
  }, [save]);

  /** Saves now what is not saved yet; resolves when it has landed. */
  const flush = useCallback(() => save(), [save]);

  return { status, stop, resume, flush };
}
