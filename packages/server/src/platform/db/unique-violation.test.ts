import { describe, expect, it } from 'vitest';
import { uniqueViolation } from './unique-violation.ts';

describe('uniqueViolation', () => {
  it('names the index on PostgreSQL and the columns on SQLite', () => {
    expect(uniqueViolation({ code: '23505', constraint: 'stays_person_open_idx' })).toEqual({
      index: 'stays_person_open_idx',
      columns: null,
    });
    expect(
      uniqueViolation({
        code: 'SQLITE_CONSTRAINT_UNIQUE',
        message: 'UNIQUE constraint failed: stays.person_id',
      }),
    ).toEqual({ index: null, columns: 'stays.person_id' });
    expect(
      uniqueViolation({
        code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
        message: 'UNIQUE constraint failed: threat_items.id',
      }),
    ).toEqual({ index: null, columns: 'threat_items.id' });
  });

  it('is null for any other error', () => {
    expect(uniqueViolation(new Error('boom'))).toBeNull();
    expect(uniqueViolation({ code: '23503', constraint: 'fk' })).toBeNull();
    expect(uniqueViolation({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'x' })).toBeNull();
    expect(uniqueViolation(null)).toBeNull();
  });
});
