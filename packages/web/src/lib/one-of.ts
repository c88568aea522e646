/** A guard that a value (from the wire, a URL or a form) is one of a list's strings. */
export const oneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

/** A form's choice among its own options, typed as the list; `fallback` when none is chosen. */
export function chosen<T extends string>(
  form: FormData,
  name: string,
  list: readonly T[],
  fallback: T,
): T {
  const value = form.get(name);
  return oneOf(list)(value) ? value : fallback;
}

/** A form's checked options among a list, typed as the list. */
export const allChosen = <T extends string>(
  form: FormData,
  name: string,
  list: readonly T[],
): T[] => form.getAll(name).filter(oneOf(list));
