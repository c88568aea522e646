import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  launchBrowser,
  openPage,
  startHavn,
  type RunningHavn,
} from '../support/browser.ts';
import { loginThroughUi } from '../support/login.ts';

let havn: RunningHavn;
let browser: Browser;

beforeAll(async () => {
  [havn, browser] = await Promise.all([startHavn(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await havn?.stop();
});

const heading = async (page: Page) =>
  (await page.getByRole('heading', { level: 1 }).textContent())?.replaceAll('\u00AD', '');

/** Calls the API in the page's session, with its CSRF token. */
async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: object): Promise<T> {
  const me = await page.request.get(`${havn.baseUrl}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${havn.baseUrl}${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    ...(data ? { data } : {}),
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

interface Bed {
  id: string;
  state: string;
  occupant: { stayId: string } | null;
}
interface CapacityBoard {
  sites: { units: { name: string; rooms: { beds: Bed[] }[] }[] }[];
}
interface MoveOutBoard {
  residents: { stayId: string; label: string | null; readyOn: string | null }[];
  counts: { readyToMove: number; bedDaysWaitingMonth: number; bedDaysWaitingYear: number };
}

const bedState = async (page: Page, bedId: string) => {
  const board = await api<CapacityBoard>(page, 'GET', '/api/capacity/board');
  return board.sites
    .flatMap((s) => s.units.flatMap((u) => u.rooms.flatMap((r) => r.beds)))
    .find((b) => b.id === bedId)?.state;
};
const moveOut = (page: Page) => api<MoveOutBoard>(page, 'GET', '/api/move-out/board');

describe('moving out', () => {
  it(
    'a resident becomes ready to move, gets a housing letter, and leaves for a transition apartment',
    { timeout: 240_000 },
    async () => {
      const { page } = await openPage(browser);
      await loginThroughUi(page, havn.baseUrl, 'enhetsleder');

      // She lives in a free bed of the women's house (her intake is another journey's).
      const { id: personId } = await api<{ id: string }>(page, 'POST', '/api/people', {
        confirmNotDuplicate: true,
        alias: 'Solsikke',
        firstName: 'Mira',
        lastName: 'Hansen',
        gender: 'female',
      });
      const found = await api<{ options: { beds: { id: string }[] }[] }>(
        page,
        'POST',
        '/api/capacity/find',
        { adultGender: 'female' },
      );
      const bed = found.options[0]!.beds[0]!;
      const arrival = new Date(Date.now() - 20 * 86_400_000).toISOString();
      const { id: stayId } = await api<{ id: string }>(page, 'POST', '/api/capacity/stays', {
        personId,
        bedId: bed.id,
        arrivalAt: arrival,
      });
      expect(await bedState(page, bed.id)).toBe('occupied');
      const before = await moveOut(page);
      expect(before.residents.find((r) => r.stayId === stayId)).toMatchObject({
        label: 'Solsikke',
        readyOn: null,
      });

      // The board, then her plan: the route and the day she became ready to move.
      await page.goto(`${havn.baseUrl}/departures`);
      await expect.poll(() => heading(page)).toBe('Utflytting og reetablering');
      await page.getByRole('table').waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Utflyttingsplan for Solsikke' }).click();
      await expect.poll(() => heading(page)).toBe('Utflyttingsplan');
      await page.getByLabel('Boligvei', { exact: true }).selectOption('transition_apartment');
      const readyOn = new Date(Date.now() - 5 * 86_400_000).toLocaleDateString('sv-SE', {
        timeZone: 'Europe/Oslo',
      });
      await page.getByLabel('Flytteklar fra').fill(readyOn);
      await page.getByRole('button', { name: 'Lagre planen' }).click();
      await page.getByText('Planen er lagret.').waitFor();
      await page.getByText('Har ventet på bolig i 5 døgn.').waitFor();
      await expectNoAxeViolations(page);
      const ready = await moveOut(page);
      expect(ready.residents[0]).toMatchObject({ stayId, readyOn });
      expect(ready.counts.readyToMove).toBe(before.counts.readyToMove + 1);
      expect(ready.counts.bedDaysWaitingYear).toBeGreaterThanOrEqual(5);
      expect(await bedState(page, bed.id)).toBe('occupied');

      // The letter confirming the stay, for the housing application.
      await page.getByRole('link', { name: 'Lag bekreftelse til boligsøknaden' }).click();
      await expect.poll(() => heading(page)).toBe('Bekreftelse på opphold');
      await page.getByRole('button', { name: 'Lag bekreftelsen' }).click();
      const letter = page.getByRole('article');
      await letter.getByText(/Vi bekrefter at Mira Hansen har bodd ved/).waitFor();
      await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
      await expectNoAxeViolations(page);

      // Back on the board: she is first (she only waits for housing); she departs.
      await page.getByRole('link', { name: 'Tilbake til utflytting' }).click();
      await expect.poll(() => heading(page)).toBe('Utflytting og reetablering');
      const first = page.getByRole('table').getByRole('row').nth(1);
      await expect.poll(() => first.getByRole('rowheader').textContent()).toBe('Solsikke');
      await page.getByRole('button', { name: 'Registrer avreise: Solsikke' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Hvor dro hun?').selectOption('transition_apartment');
      await dialog.getByLabel('Hvorfor ble oppholdet avsluttet?').selectOption('planned');
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Registrer avreisen' }).click();
      await dialog.getByText('Avreisen er registrert.', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Lukk dialogvinduet' }).click();
      await expect
        .poll(async () => page.getByRole('rowheader', { name: 'Solsikke' }).count())
        .toBe(0);
      await expectNoAxeViolations(page);

      const after = await moveOut(page);
      expect(after.residents.some((r) => r.stayId === stayId)).toBe(false);
      expect(after.counts.readyToMove).toBe(before.counts.readyToMove);
      // Her wait still counts in the year's bed-days.
      expect(after.counts.bedDaysWaitingYear).toBe(ready.counts.bedDaysWaitingYear);
      expect(await bedState(page, bed.id)).toBe('being_cleaned');
      const departure = await api<{ departure: { destination: string } }>(
        page,
        'GET',
        `/api/stays/${stayId}/departure`,
      );
      expect(departure.departure.destination).toBe('transition_apartment');
      await page.goto(`${havn.baseUrl}/capacity`);
      await expect.poll(() => heading(page)).toBe('Plasser og belegg');
      await expectNoAxeViolations(page);
    },
  );
});
