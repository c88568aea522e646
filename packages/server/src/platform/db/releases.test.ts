import { describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations/index.ts';
import { migrationDescription, releaseOf, releases } from './releases.ts';

const known = Object.keys(migrations).sort();

describe('releases and what each migration does', () => {
  it('names each release by a migration that exists, in order', () => {
    const last = releases.map((r) => r.lastMigration);
    expect(last.every((name) => known.includes(name))).toBe(true);
    expect([...last].sort()).toEqual(last);
  });

  // `havn upgrade` prints these; a migration without its opening comment would print nothing.
  it.each(known)('describes %s in a sentence from its opening comment', (name) => {
    const description = migrationDescription(name);
    expect(description).toMatch(/^[A-Z("«`].{10,}[.!?]$/s);
    expect(description).not.toContain('*');
  });

  it('takes the first sentence only', () => {
    expect(migrationDescription('0020_attempts_counted_first')).toBe(
      'Login attempts are counted before they are checked (issue 12, findings 3 and 5).',
    );
  });

  it('knows a database by the migrations that ran on it', () => {
    const through = (last: string) => known.filter((name) => name <= last);
    expect(releaseOf(through('0024_keyed_audit_chain'), known)?.version).toBe('0.1.0');
    expect(releaseOf(through('0020_attempts_counted_first'), known)).toBeNull();
    expect(releaseOf([], known)).toBeNull();
  });
});
