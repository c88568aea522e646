import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoPassword, demoTotpSecret } from '../../packages/server/src/demo/demo-staff.ts';
import { totpCode } from '../../packages/server/src/platform/auth/totp.ts';

const periodMs = 30_000;

/** The last TOTP time step used per server and user: the server accepts each step once. */
const usedSteps = new Map<string, number>();

/**
 * A code the server will accept for this user now. It accepts the current 30-second step and one
 * either side, each once per user, so up to three logins fit in one step; after that this waits
 * for the next one. The step before is used only while it stays valid for a few more seconds.
 */
export async function nextTotpCode(
  baseUrl: string,
  username: string,
  secret = demoTotpSecret,
): Promise<string> {
  const key = `${baseUrl} ${username}`;
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / periodMs);
    const msLeft = (current + 1) * periodMs - now;
    const after = usedSteps.get(key) ?? Number.NEGATIVE_INFINITY;
    const candidates = [...(msLeft > 5_000 ? [current - 1] : []), current, current + 1];
    const step = candidates.find((s) => s > after);
    if (step !== undefined) {
      usedSteps.set(key, step);
      return totpCode(secret, new Date(step * periodMs + 1_000));
    }
    await new Promise((resolve) => setTimeout(resolve, msLeft + 250));
  }
}

/**
 * Logs a demo user in through the login page, by keyboard like a person would: user name and
 * password, Enter, the code from the app, Enter. Ends on the start page, logged in.
 */
export async function loginThroughUi(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Brukernavn', { exact: true }).fill(username);
  await page.getByLabel('Passord', { exact: true }).fill(demoPassword);
  await page.keyboard.press('Enter');
  const code = page.getByLabel('Kode fra autentiseringsappen');
  await code.fill(await nextTotpCode(baseUrl, username));
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Logg ut', exact: true }).waitFor();
}

/** Starts the user's shift through the API, in the page's session with its CSRF token. */
export async function startShift(page: Page, baseUrl: string): Promise<void> {
  const me = await page.request.get(`${baseUrl}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.post(`${baseUrl}/api/shifts/start`, {
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.ok()).toBe(true);
}
