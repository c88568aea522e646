import fs from 'node:fs';
import path from 'node:path';

export const databaseUrlHelp = 'expected a file path, a sqlite: URL or a postgres:// URL';

/** A scheme of two letters or more, so that a drive letter is not taken for one. */
const anyScheme = /^[a-z][a-z0-9+.-]+:/i;
const knownScheme = /^(postgres(ql)?:\/\/|sqlite:)/;

/**
 * Why Havn cannot keep its SQLite file where HAVN_DATABASE_URL points, or null when it can. An
 * unknown scheme was once taken for a file name (`mysql://x` made a directory `mysql:`), and a
 * directory was made where none was: a typo then started on a new, empty database, and a path
 * under /proc hung in mkdir. So the directory must exist already — except the default one, which
 * a first `npm start` makes — and Havn must be able to create files in it (SQLite's -wal and -shm
 * files sit beside the database). Nothing of the value is echoed: a URL can hold a password.
 */
export function databaseLocationProblem(url: string, isDefault: boolean): string | null {
  if (anyScheme.test(url) && !knownScheme.test(url)) {
    return `${databaseUrlHelp}; its scheme is none of these`;
  }
  if (url.startsWith('postgres')) return null;
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file === ':memory:') return null;
  const dir = path.dirname(path.resolve(file));
  const dirStat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) {
    return isDefault
      ? null
      : `the directory of the SQLite file does not exist; create it (or correct the path), then start again`;
  }
  if (!dirStat.isDirectory())
    return `the SQLite file's directory is not a directory; ${databaseUrlHelp}`;
  const fileStat = fs.statSync(file, { throwIfNoEntry: false });
  if (fileStat && !fileStat.isFile())
    return `names something other than a file; ${databaseUrlHelp}`;
  return canCreateFileIn(dir)
    ? null
    : `Havn cannot create files in the SQLite file's directory; expected a writable directory on a disk (not /proc or /sys)`;
}

/** Tries it: permissions, read-only mounts and pseudo file systems all answer the same way. */
export function canCreateFileIn(dir: string): boolean {
  const probe = path.join(dir, `.havn-write-check-${process.pid}`);
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}
