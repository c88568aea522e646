import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed' };

/** How long typing must pause before the draft is saved, and the wait before a retry. */
const debounceMs = 1_500;
const retryMs = 5_000;

/**
 * Keeps a form as typed on the server, so a closed tab or a flat battery loses a few seconds at
 * most: saved ~1.5 s after each change, again as the tab is hidden or closed (keepalive), and
 * when the form goes away. Never in the browser's storage. Saves go one at a time, in order, so
 * `stop()` — before submitting or discarding — can wait for the last one: no save may land after
 * the form is submitted and bring its draft back.
 *
 * `persist` sends one save (`keepalive` for the last one as the page goes); it must be stable
 * (useCallback), as must `onUnmounted`, called once the last save has landed.
 */
export function useDraftAutosave<T>(
  persist: (payload: T, keepalive: boolean) => Promise<unknown>,
  state: T,
  dirty: boolean,
  onUnmounted?: () => void,
) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(state);
  const unsaved = useRef(false);
  const stopped = useRef(false);
  const unmounted = useRef(onUnmounted);
  useEffect(() => {
    unmounted.current = onUnmounted;
  }, [onUnmounted]);

  const save = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    if (stopped.current || !unsaved.current) return chain.current;
    unsaved.current = false;
    const payload = latest.current;
    setStatus({ state: 'saving' });
    chain.current = chain.current
      .then(() => persist(payload, false))
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
  }, [persist]);

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
      const request = persist(latest.current, true).then(
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
  }, [persist]);

  // The form goes away (closed, not submitted): keep what was typed.
  useEffect(
    () => () => {
      void save().then(() => unmounted.current?.());
    },
    [save],
  );

  /** No more saves; resolves once the last one has landed. */
  const stop = useCallback(() => {
    stopped.current = true;
    window.clearTimeout(timer.current);
    return chain.current;
  }, []);

  /** Saving again after a failed attempt to submit: the draft must outlive the failure. */
  const resume = useCallback(() => {
    stopped.current = false;
    unsaved.current = true;
    void save();
  }, [save]);

  /** Saves now what is not saved yet; resolves when it has landed. */
  const flush = useCallback(() => save(), [save]);

  return { status, stop, resume, flush };
}
