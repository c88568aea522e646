import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { demoPassword, demoTotpSecret } from '../src/demo/demo-staff.ts';
import { totpCode } from '../src/platform/auth/totp.ts';

/** The `havn` command as an operator runs it: a process of its own, configured by environment. */
const bin = fileURLToPath(new URL('../bin/havn.js', import.meta.url));

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `havn <args>` against the database `databaseUrl` names and waits for it to end. */
export function havn(
  databaseUrl: string,
  args: string[],
  env: Record<string, string> = {},
): CommandResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, HAVN_DATABASE_URL: databaseUrl, HAVN_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the process has printed so far, stdout and stderr. */
  output(): string;
  /** Settles when the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `havn serve` on a free port and resolves once it prints where it listens. */
export function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: {
      ...process.env,
      HAVN_DATABASE_URL: databaseUrl,
      HAVN_LOG_LEVEL: 'warn',
      HAVN_PORT: '0',
      HAVN_HOST: '127.0.0.1',
      ...env,
    },
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Havn kjører på (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1]!, output: () => output, exited });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited:\n${output}`));
    });
  });
}

/**
 * Password, then the code from the app — over real HTTP, as the web app does it. The second
 * factor may be given to another server than the password (`continueOn`): the session is the
 * database's, not a process's. Returns the headers the session's requests carry.
 */
export async function loginOverHttp(
  baseUrl: string,
  username: string,
  continueOn: string = baseUrl,
): Promise<Record<string, string>> {
  const cookieFrom = (response: Response) => {
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('havn_session='));
    expect(cookie, 'a session cookie').toBeDefined();
    return cookie!.split(';')[0]!;
  };
  const csrfFor = async (cookie: string) =>
    (
      (await (await fetch(`${continueOn}/api/auth/me`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      }
    ).csrfToken;
  const json = { 'content-type': 'application/json' };
  const password = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ username, password: demoPassword }),
  });
  expect(password.status).toBe(200);
  const pending = cookieFrom(password);
  const code = await fetch(`${continueOn}/api/auth/second-factor`, {
    method: 'POST',
    headers: { ...json, cookie: pending, 'x-csrf-token': await csrfFor(pending) },
    body: JSON.stringify({ code: totpCode(demoTotpSecret, new Date()) }),
  });
  expect(code.status).toBe(204);
  const cookie = cookieFrom(code);
  return { ...json, cookie, 'x-csrf-token': await csrfFor(cookie) };
}

/** One audited write: a person registered under an alias. */
export const registerPerson = (baseUrl: string, headers: Record<string, string>, alias: string) =>
  fetch(`${baseUrl}/api/people`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ alias, confirmNotDuplicate: true }),
  });
