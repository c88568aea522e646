import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a PostgreSQL program lives. Debian keeps each version's tools in
 * /usr/lib/postgresql/<version>/bin, off the PATH; the newest reads every older server.
 * Null when no installed version has it (elsewhere the tools are on the PATH).
 */
export function postgresTool(name: string): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  return (
    fs
      .readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => path.join(base, v, 'bin', name))
      .find((tool) => fs.existsSync(tool)) ?? null
  );
}
