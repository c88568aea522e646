/**
 * What a unique index (or primary key) refused, as each engine says it: PostgreSQL names the
 * index (`constraint`, code 23505); SQLite names the columns instead, in its message
 * ("UNIQUE constraint failed: stays.person_id"). Null for any other error.
 */
export interface UniqueViolation {
  index: string | null;
  columns: string | null;
}

export function uniqueViolation(error: unknown): UniqueViolation | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code === '23505')
    return { index: typeof e.constraint === 'string' ? e.constraint : null, columns: null };
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const columns =
      typeof e.message === 'string'
        ? e.message.replace(/^UNIQUE constraint failed: /, '').trim()
        : null;
    return { index: null, columns };
  }
  return null;
}
