import fs from 'node:fs';

/**
 * Havn's releases, each named by the last migration it shipped (there are no tags to read it
 * from): `havn upgrade` says which one a database was at, and the upgrade test starts from the
 * newest one. Append a release when it is cut; never change one.
 */
export interface Release {
  readonly version: string;
  readonly lastMigration: string;
}

export const releases: readonly Release[] = [
  { version: '0.1.0', lastMigration: '0024_keyed_audit_chain' },
];

/**
 * The release a database is at: the one whose migrations are exactly those that have run. Null
 * for a database between releases (a development build ran on it).
 */
export function releaseOf(applied: readonly string[], known: readonly string[]): Release | null {
  const ran = new Set(applied);
  return (
    releases.find((release) => {
      const shipped = known.filter((name) => name <= release.lastMigration);
      return shipped.length === ran.size && shipped.every((name) => ran.has(name));
    }) ?? null
  );
}

/**
 * What a migration does, in its own words: the first sentence of the first comment at the start
 * of a line in its file — the one that opens it (every migration has one; a test says so), so nothing is written twice to drift apart.
 */
export function migrationDescription(name: string): string {
  const source = fs.readFileSync(
    new URL(`../../../migrations/${name}.ts`, import.meta.url),
    'utf8',
  );
  const comment = /^\/\*\*([\s\S]*?)\*\//m.exec(source)?.[1] ?? '';
  const text = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join('\n')
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ');
  return /^.*?[.!?](?=\s+[A-Z("«`]|$)/.exec(text)?.[0] ?? text;
}
