import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { callApi } from '../support/api.ts';
import { loginThroughUi, startShift } from '../support/login.ts';

const havn = useJourney();

/** Calls the API in the page's session, with its CSRF token. */
const api = <T>(page: Page, method: 'GET' | 'POST', path: string, data?: object) =>
  callApi<T>(page, havn.baseUrl, method, path, data);

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

/** The calendar day in Oslo of an instant, as a date field takes it. */
const osloDate = (ms: number) =>
  new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

/** The time of day in Oslo of an instant, as a time field takes it. */
const osloTime = (ms: number) =>
  new Date(ms).toLocaleTimeString('sv-SE', {
    timeZone: 'Europe/Oslo',
    hour: '2-digit',
    minute: '2-digit',
  });
/** Nights from one calendar day to another (the overnight rule in DOMAIN.md). */
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The demo's extended-stay apartment the unit leader turns into a transition apartment. */
const apartment = 'Leilighet for forlenget opphold 1';

const configuration = (page: Page) =>
  api<{ settings: { transitionStaysCount: boolean } }>(page, 'GET', '/api/capacity/configuration');

const unitBeds = async (page: Page, unitName: string) => {
  const board = await api<CapacityBoard>(page, 'GET', '/api/capacity/board');
  return board.sites
    .flatMap((s) => s.units)
    .filter((u) => u.name === unitName)
    .flatMap((u) => u.rooms.flatMap((r) => r.beds));
};

/**
 * Re-establishment as a coordinator does it: Mira Hansen, in the transition apartment without a
 * case, gets one with goals and NAV involved, two contacts recorded from the keyboard, and an
 * end with a reason; the case then leaves the list of open ones.
 */
async function followUp(page: Page, unitName: string): Promise<void> {
  await loginThroughUi(page, havn.baseUrl, 'koordinator');
  await startShift(page, havn.baseUrl);

  // The list: the demo's open case, and her in the transition apartment without one.
  await page.goto(`${havn.baseUrl}/departures/reestablishment`);
  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reetablering');
  expect(await page.title()).toBe('Reetablering – Havn');
  const open = page.getByRole('region', { name: 'Følges opp nå' });
  await open.getByRole('link', { name: 'Vier' }).waitFor();
  await page.getByText(unitName, { exact: false }).first().waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Følg opp Mira Hansen' }).click();
  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Ny reetableringssak');
  expect(await page.getByRole('radio', { name: 'I overgangsbolig' }).isChecked()).toBe(true);
  await page.getByLabel('Mål for oppfølgingen').fill('Egen kommunal bolig før sommeren.');
  await page.getByRole('checkbox', { name: 'NAV Bergenhus' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Opprett saken' }).click();

  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reetablering: Mira Hansen');
  expect(await page.title()).toBe('Reetableringssak – Havn');
  await page.getByText(`I overgangsbolig: ${unitName}`).waitFor();
  expect(await page.getByText('NAV Bergenhus').isVisible()).toBe(true);
  expect(await page.getByText('Ingen kontakter registrert ennå.').isVisible()).toBe(true);
  await expectNoAxeViolations(page);

  const contacts = page.getByRole('list', { name: 'Kontakter, nyeste først' });
  for (const [n, contact] of [
    { kind: 'Telefonsamtale', minutes: '20', note: 'Avtalte besøk neste uke.', interpreter: false },
    { kind: 'Følge til tjeneste', minutes: '90', note: 'Fulgte til NAV.', interpreter: true },
  ].entries()) {
    await page.getByRole('button', { name: 'Registrer kontakt' }).click();
    const form = page.getByRole('region', { name: 'Ny kontakt' });
    await form.waitFor();
    if (n === 0) await expectNoAxeViolations(page);
    await form.getByLabel('Varighet i minutter').fill(contact.minutes);
    await form.getByRole('radio', { name: contact.kind }).focus();
    await page.keyboard.press('Space');
    if (contact.interpreter) {
      await form.getByRole('checkbox', { name: 'Tolk var med' }).focus();
      await page.keyboard.press('Space');
    }
    await form.getByLabel('Notat').fill(contact.note);
    await form.getByRole('button', { name: 'Lagre kontakten' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Kontakten er registrert.').waitFor();
    await expect.poll(() => contacts.getByRole('listitem').count()).toBe(n + 1);
  }
  const recorded = await contacts.textContent();
  expect(recorded).toContain('Telefonsamtale');
  expect(recorded).toContain('Følge til tjeneste');
  expect(recorded).toContain('90 minutter');
  expect(recorded).toContain('Med tolk');
  expect(recorded).toContain('Fulgte til NAV.');
  expect(recorded).toContain('Kari Koordinator (demo)');
  await expectNoAxeViolations(page);

  // The end: a reason is required.
  await page.getByRole('button', { name: 'Avslutt saken' }).click();
  const end = page.getByRole('region', { name: 'Avslutt reetableringssaken' });
  await end.waitFor();
  await end.getByRole('button', { name: 'Bekreft avslutningen' }).click();
  await end.getByText('Velg en grunn.').waitFor();
  await expectNoAxeViolations(page);
  await end.getByRole('radio', { name: 'Målene er nådd' }).check();
  await end.getByRole('button', { name: 'Bekreft avslutningen' }).click();
  await page.getByText(/^Avsluttet .*: Målene er nådd$/).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Tilbake til reetablering' }).click();
  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reetablering');
  await open.getByRole('link', { name: 'Vier' }).waitFor();
  expect(await open.getByRole('link', { name: 'Mira Hansen' }).count()).toBe(0);
}

/**
 * A woman (and a child of six, if asked) moved into the first free place `daysAgo` days ago,
 * through the API: her intake is another journey's.
 */
async function moveIn(
  page: Page,
  adult: { alias: string; firstName?: string; lastName?: string },
  options: { daysAgo: number; childAlias?: string },
) {
  const { id: personId } = await api<{ id: string }>(page, 'POST', '/api/people', {
    confirmNotDuplicate: true,
    gender: 'female',
    ...adult,
  });
  const child = options.childAlias
    ? await api<{ id: string }>(page, 'POST', '/api/people', {
        confirmNotDuplicate: true,
        alias: options.childAlias,
        isChild: true,
        adultIds: [personId],
      })
    : null;
  const found = await api<{ options: { beds: { id: string }[] }[] }>(
    page,
    'POST',
    '/api/capacity/find',
    { adultGender: 'female', childAges: child ? [6] : [] },
  );
  const [adultBed, childBed] = found.options[0]!.beds;
  const arrivalAt = new Date(Date.now() - options.daysAgo * 86_400_000);
  const { id: stayId } = await api<{ id: string }>(page, 'POST', '/api/capacity/stays', {
    personId,
    bedId: adultBed!.id,
    children: child ? [{ personId: child.id, bedId: childBed!.id, age: 6 }] : [],
    arrivalAt: arrivalAt.toISOString(),
  });
  return { stayId, arrivalAt, adultBed: adultBed!, childBed, childId: child?.id };
}

describe('moving out and re-establishment', () => {
  it(
    'a resident becomes ready to move, gets a housing letter, moves into a transition apartment and is followed up until the case closes',
    { timeout: 420_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'enhetsleder');

      // She lives in a free bed of the women's house.
      const { stayId, adultBed: bed } = await moveIn(
        page,
        { alias: 'Solsikke', firstName: 'Mira', lastName: 'Hansen' },
        { daysAgo: 20 },
      );
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

      // The unit leader makes the first extended-stay apartment a transition apartment, and
      // tries the centre's switch for counting transition stays (then leaves it off).
      await page.goto(`${havn.baseUrl}/capacity/configuration`);
      await expect.poll(() => heading(page)).toBe('Oppsett av plasser');
      const counting = page.getByRole('switch', {
        name: 'Tell overgangsopphold som overnattinger i krisesenteret',
      });
      expect(await counting.isChecked()).toBe(false);
      await counting.check();
      await page.getByText('Innstillingen er lagret.').waitFor();
      await expect.poll(() => counting.isChecked()).toBe(true);
      expect((await configuration(page)).settings.transitionStaysCount).toBe(true);
      await counting.uncheck();
      await expect
        .poll(async () => (await configuration(page)).settings.transitionStaysCount)
        .toBe(false);
      await page.getByRole('button', { name: `Endre ${apartment}`, exact: true }).click();
      const unitDialog = page.getByRole('dialog');
      await unitDialog
        .getByRole('checkbox', { name: 'Overgangsbolig (bare for overgangsopphold)' })
        .check();
      await expectNoAxeViolations(page);
      await unitDialog.getByRole('button', { name: 'Lagre', exact: true }).click();
      await page.getByText(`${apartment} er lagret.`).waitFor();

      // A crisis stay is no longer offered the apartment; a transition stay is offered it only.
      await page.goto(`${havn.baseUrl}/capacity/find`);
      await expect.poll(() => heading(page)).toBe('Finn plass til');
      await page.getByRole('button', { name: 'Finn plass', exact: true }).click();
      await page.getByRole('heading', { name: 'Plasser som passer' }).waitFor();
      expect(await page.getByRole('button', { name: `Tildel plass 1: ${apartment}` }).count()).toBe(
        0,
      );
      await page.getByRole('radio', { name: 'Overgangsopphold' }).check();
      await page.getByRole('button', { name: 'Finn plass', exact: true }).click();
      const offer = page.getByRole('button', { name: new RegExp(`^Tildel plass 1: ${apartment}`) });
      await offer.waitFor();
      expect(await page.getByRole('button', { name: /^Tildel plass 2:/ }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await offer.click();
      const assign = page.getByRole('dialog');
      await assign.getByRole('radio', { name: 'Finn en som er registrert' }).check();
      await assign.getByLabel('Søk etter navn eller alias').fill('Hansen');
      await assign.getByRole('button', { name: 'Søk', exact: true }).click();
      await assign.getByRole('radio', { name: /^Mira Hansen/ }).check();
      await assign.getByRole('button', { name: 'Tildel plass', exact: true }).click();
      await page.getByText('Mira Hansen har fått plass.').waitFor();
      const home = await unitBeds(page, apartment);
      expect(home.some((b) => b.state === 'occupied')).toBe(true);
      expect(await bedState(page, bed.id)).toBe('being_cleaned');
      // A transition stay waits for nothing on the move-out board.
      const moved = await moveOut(page);
      expect(moved.counts.readyToMove).toBe(before.counts.readyToMove);

      // The coordinator follows her up there: opens the case, two contacts, closes it.
      const coordinator = await havn.openPage();
      await followUp(coordinator.page, apartment);
      await coordinator.context.close();
      // She still lives there after the case ends; the bed she left is still to be cleaned.
      expect((await unitBeds(page, apartment)).some((b) => b.state === 'occupied')).toBe(true);
      expect(await bedState(page, bed.id)).toBe('being_cleaned');
      await context.close();
    },
  );
  it(
    'a mother leaves without notice with her child; the unit leader corrects the departure day',
    { timeout: 240_000 },
    async () => {
      const { context, page } = await havn.openPage();
      await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
      const { stayId, arrivalAt, adultBed, childBed, childId } = await moveIn(
        page,
        { alias: 'Hegg' },
        { daysAgo: 10, childAlias: 'Hegg-barn' },
      );

      // She is gone in the morning; the last anyone saw of her was three evenings ago.
      await page.goto(`${havn.baseUrl}/departures`);
      await expect.poll(() => heading(page)).toBe('Utflytting og reetablering');
      await page.getByRole('button', { name: 'Registrer avreise: Hegg' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: 'Dro uten å si fra' }).check();
      const lastSeen = osloDate(Date.now() - 3 * 86_400_000);
      await dialog.getByLabel('Sist kjente dato').fill(lastSeen);
      await dialog.getByLabel('Sist kjente klokkeslett').fill('22:00');
      await dialog.getByLabel('Hvor dro hun?').selectOption('unknown');
      await dialog.getByLabel('Hvorfor ble oppholdet avsluttet?').selectOption('chose_to_leave');
      await dialog.getByLabel('Hvor dro Hegg-barn?').selectOption('family_or_friends');
      await dialog.getByRole('radio', { name: 'Ja' }).last().check();
      await dialog.getByRole('button', { name: 'Registrer avreisen' }).click();
      // The safety follow-up is not optional when she left without a word.
      await dialog.getByText('Skriv hva som er gjort for å nå henne.').waitFor();
      await expectNoAxeViolations(page);
      await dialog
        .getByLabel('Hva er gjort for å nå henne?')
        .fill('Ringt mobilen kl. 07 og 09, sendt SMS.');
      await dialog.getByRole('button', { name: 'Registrer avreisen' }).click();
      await dialog.getByText('Avreisen er registrert.', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Lukk dialogvinduet' }).click();

      const view = await api<{
        departureAt: string;
        departure: {
          destination: string;
          withoutNotice: { policeNotified: boolean; contactsTried: string };
          children: { personId: string; destination: string; reason: string }[];
        };
      }>(page, 'GET', `/api/stays/${stayId}/departure`);
      expect(osloDate(Date.parse(view.departureAt))).toBe(lastSeen);
      expect(view.departure.destination).toBe('unknown');
      expect(view.departure.withoutNotice.policeNotified).toBe(true);
      expect(view.departure.children).toEqual([
        { personId: childId, destination: 'family_or_friends', reason: 'chose_to_leave' },
      ]);
      expect(await bedState(page, adultBed.id)).toBe('being_cleaned');
      expect(await bedState(page, childBed!.id)).toBe('being_cleaned');

      // She was in fact seen the next evening: the unit leader moves the departure a day.
      await page.goto(`${havn.baseUrl}/stays/${stayId}`);
      await page.getByRole('button', { name: 'Korriger datoer' }).click();
      const correction = page.getByRole('dialog');
      const corrected = osloDate(Date.now() - 2 * 86_400_000);
      await correction
        .getByRole('group', { name: 'Avreise' })
        .getByLabel('Dato', { exact: true })
        .fill(corrected);
      await correction.getByRole('button', { name: 'Lagre korrigeringen' }).click();
      await correction.getByText('Skriv en grunn på minst 15 tegn.').waitFor();
      await expectNoAxeViolations(page);
      await correction
        .getByLabel('Grunn til korrigeringen')
        .fill('Nattevakten så henne kvelden etter.');
      await correction.getByRole('button', { name: 'Lagre korrigeringen' }).click();
      const nights = daysBetween(osloDate(arrivalAt.getTime()), corrected);
      await correction.getByText(`Oppholdet er korrigert: ${nights} overnattinger.`).waitFor();
      const after = await api<{ departureAt: string; corrections: { reason: string }[] }>(
        page,
        'GET',
        `/api/stays/${stayId}/departure`,
      );
      expect(osloDate(Date.parse(after.departureAt))).toBe(corrected);
      expect(after.corrections).toHaveLength(1);
      await context.close();
    },
  );

  it('ends a stay registered this minute at the time the form suggests, and dates the stay with its year', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    const { stayId, arrivalAt } = await moveIn(page, { alias: 'Lind' }, { daysAgo: 0 });
    await page.goto(`${havn.baseUrl}/stays/${stayId}`);
    // While she lives here, her risk is to be assessed.
    await page.getByText('Ny vurdering skal gjøres i dag').waitFor();

    await page.getByRole('button', { name: 'Registrer avreise' }).click();
    const dialog = page.getByRole('dialog');
    const date = dialog.getByLabel('Dato', { exact: true });
    const time = dialog.getByLabel('Klokkeslett', { exact: true });
    const suggested = { date: await date.inputValue(), time: await time.inputValue() };
    await dialog.getByLabel('Hvor dro hun?').selectOption('family_or_friends');
    await dialog.getByLabel('Hvorfor ble oppholdet avsluttet?').selectOption('planned');

    // A minute before she came is refused, saying from when she may leave.
    const before = arrivalAt.getTime() - 60_000;
    await date.fill(osloDate(before));
    await time.fill(osloTime(before));
    await dialog.getByRole('button', { name: 'Registrer avreisen' }).click();
    await dialog
      .getByText(
        /^Avreisen kan ikke være før ankomsten eller siste flytting i oppholdet \(.+ \d{4} kl\. \d\d:\d\d\)\.$/,
      )
      .waitFor();
    await expectNoAxeViolations(page);

    // The suggested time — the minute she arrived in — is taken.
    await date.fill(suggested.date);
    await time.fill(suggested.time);
    await dialog.getByRole('button', { name: 'Registrer avreisen' }).click();
    await dialog.getByText('Avreisen er registrert.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Lukk dialogvinduet' }).click();

    // The stay's arrival and departure with the year; no reassessment is asked for any more.
    const year = osloDate(arrivalAt.getTime()).slice(0, 4);
    const times = page.locator('.havn-ds-facts time');
    await expect.poll(() => times.count()).toBe(2);
    for (const text of await times.allTextContents()) expect(text).toContain(` ${year} kl. `);
    expect(await page.getByText('Ny vurdering skal gjøres i dag').count()).toBe(0);
    await context.close();
  });
});
