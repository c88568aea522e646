/*
 * How a text column is declared: sealed (AES-256-GCM, platform/crypto/secret-box) or clear with
 * the reason it may be (SECURITY.md: "every free-text column about a person is sealed, or
 * declared harmless in one list a test checks"). Each module declares its own tables' columns
 * with these next to the tables (modules/<m>/tables.ts); sealed-columns.ts composes the list.
 *
 * A column added later is sealed unless it can be shown to say nothing about a person.
 */

export type ColumnRule =
  /** Sealed where it is written and opened where it is read; `storeSealed` seals older values. */
  | { kind: 'sealed'; why: string }
  /** Sealed already by the name's convention (`*_sealed`, a TOTP secret): always written sealed. */
  | { kind: 'sealed_always'; why: string }
  /** Sealed by another part of the code base, which also brings its older values along. */
  | { kind: 'sealed_elsewhere'; why: string }
  | { kind: 'clear'; why: string };

/** Rules for text columns of a slice's tables: every name must exist; none is required here. */
export type TextColumnsOf<Tables> = {
  [T in keyof Tables]?: { [C in keyof Tables[T] & string]?: ColumnRule };
};

export const sealed = (why: string): ColumnRule => ({ kind: 'sealed', why });
export const clear = (why: string): ColumnRule => ({ kind: 'clear', why });
const many =
  (rule: ColumnRule) =>
  <C extends string>(...columns: C[]) =>
    Object.fromEntries(columns.map((c) => [c, rule])) as Record<C, ColumnRule>;

export const ids = many(clear('an id (UUIDv7) of a row, or a system actor such as system:demo'));
export const instants = many(clear('an ISO-8601 UTC instant'));
export const dates = many(clear('a calendar date'));
export const hashes = many(
  clear('a hash or keyed hash: reveals nothing without the key or the value'),
);
export const codes = many(
  clear('a code from a fixed list (a zod enum), or a JSON list of such codes'),
);
export const idLists = many(clear('a JSON list of ids or whole numbers'));
export const sealedAlways = many({
  kind: 'sealed_always',
  why: 'written sealed since it was added',
});
export const municipalityNumbers = many(clear('a municipality number from the public register'));
export const freeText = (what: string) => sealed(`free text about a person: ${what}`);
