import { useEffect, useRef, type RefObject } from 'react';

/**
 * The newest value in a ref, for listeners that are added once (on window, on a dialog) but must
 * call the callback of the latest render.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
