import { useRef, useState, type RefObject } from 'react';

/**
 * A form's field errors: shows them and moves focus to the first field in error, in the order
 * of `fields`, so keyboard and screen-reader users land where the problem is.
 */
export function useFieldErrors<
  F extends string,
  E extends HTMLElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
>(fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const refs = useRef(
    Object.fromEntries(fields.map((f) => [f, { current: null }])) as Record<F, RefObject<E | null>>,
  ).current;
  const show = (found: Partial<Record<F, string>>): boolean => {
    setErrors(found);
    const first = fields.find((f) => found[f]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };
  return { errors, refs, show };
}
