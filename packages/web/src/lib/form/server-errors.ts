import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/errors.ts';

/**
 * Where a server path (`body.address.postalCode`) lands on the form, where it is not the field of
 * the same name (`postalCode` for a flat form, a list's `body.languages.2` on `languages`).
 */
export type ServerFields<T extends FieldValues> = Readonly<Record<string, Path<T>>>;

/** The form's field for a path the server named, or undefined when the form has none. */
function fieldOf<T extends FieldValues>(
  path: string,
  known: ReadonlySet<string>,
  serverFields: ServerFields<T>,
): Path<T> | undefined {
  for (let p = path; p !== ''; p = p.replace(/\.?[^.]*$/, '')) {
    if (p in serverFields) return serverFields[p];
    const name = p.replace(/^body\.?/, '');
    if (known.has(name)) return name as Path<T>;
  }
  return undefined;
}

/**
 * A 400's field problems on the fields they name, as `setError` with the server's code as the
 * type (its sentence is looked up like the browser's own), the first in the form's order
 * focused. Returns whether every problem found its field: if not, the form says so as a whole.
 */
export function applyServerErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, FieldValues>,
  error: unknown,
  order: readonly Path<T>[],
  serverFields: ServerFields<T> = {},
): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const known = new Set<string>(order);
  const found = new Map<Path<T>, string>();
  let unplaced = false;
  for (const problem of error.fields) {
    const name = fieldOf(problem.path, known, serverFields);
    if (name === undefined) unplaced = true;
    else if (!found.has(name)) found.set(name, problem.code);
  }
  const first = order.find((name) => found.has(name));
  for (const name of order) {
    const code = found.get(name);
    if (code !== undefined) form.setError(name, { type: code }, { shouldFocus: name === first });
  }
  return !unplaced;
}
