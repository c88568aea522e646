import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi } from '../support/login.ts';

const havn = useJourney();

/** The text (or aria-label) of the element that has focus. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : null;
  });

/** What the case's facts say of its primary contact. */
const primaryContactOf = (page: Page) => page.locator('dt:text-is("Primærkontakt") + dd');

/**
 * A state-changing API call with the page's own session: its cookies, and the CSRF token from
 * `GET /api/auth/me`, as the web app itself sends it.
 */
async function api<T>(page: Page, path: string, body?: unknown): Promise<T> {
  const me = await page.request.get(`${havn.baseUrl}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.post(`${havn.baseUrl}${path}`, {
    headers: { 'x-csrf-token': csrfToken },
    ...(body === undefined ? {} : { data: body }),
  });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** An instant as Oslo's clocks show it: 'YYYY-MM-DD' and 'HH:MM'. */
function oslo(instant: Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * Half an hour within the next 24 hours (so it is among "Dine avtaler neste døgn"), starting an
 * hour or so from now on a five-minute mark, and never across midnight (the form has one date).
 */
function nextSlot(): {
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
} {
  const minute = 60_000;
  let start = new Date(Math.ceil((Date.now() + 60 * minute) / (5 * minute)) * 5 * minute);
  let end = new Date(start.getTime() + 30 * minute);
  if (oslo(end).date !== oslo(start).date) {
    const [h, m] = oslo(end).time.split(':').map(Number);
    start = new Date(end.getTime() - (h! * 60 + m!) * minute + 5 * minute);
    end = new Date(start.getTime() + 30 * minute);
  }
  return {
    date: oslo(start).date,
    start: oslo(start).time,
    end: oslo(end).time,
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
  };
}

describe('the day service', () => {
  it('turns a logged contact into a day-user case, records a visit, books NAV with a taxi, and the unit leader names its primary contact', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'koordinator');

    // On shift, through the API with the page's own session; then the person and a contact
    // linked to them, as the contact log would have it.
    await api(page, '/api/shifts/start');
    const person = await api<{ created: boolean; id: string }>(page, '/api/people', {
      firstName: 'Dina',
      lastName: 'Dagbruker',
      alias: 'DD',
      confirmNotDuplicate: true,
    });
    expect(person.created).toBe(true);
    const contact = await api<{ id: string }>(page, '/api/contacts', {
      openedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      channel: 'phone',
      contactBy: 'person_at_risk',
      personId: person.id,
      topics: ['psychological'],
      urgency: 'medium',
      actions: ['day_service_appointment'],
      durationMinutes: 15,
    });

    // The day users: none yet.
    await page.goto(`${havn.baseUrl}/day-users`);
    await expect.poll(() => heading(page)).toBe('Dagbrukere');
    expect(await page.title()).toBe('Dagbrukere – Havn');
    await page.getByText('Ingen åpne dagbrukersaker som du har tilgang til.').waitFor();
    await expectNoAxeViolations(page);

    // From the contact: the person comes along without retyping, so nobody is searched for.
    await page.goto(`${havn.baseUrl}/day-users/ny?fraKontakt=${contact.id}`);
    await expect.poll(() => heading(page)).toBe('Ny dagbrukersak');
    await page.getByText('Saken opprettes for personen som kontakten er knyttet til.').waitFor();
    expect(await page.getByLabel('Personen saken gjelder').count()).toBe(0);
    await expectNoAxeViolations(page);
    // Where the first contact came from must be said.
    await page.getByRole('button', { name: 'Opprett saken' }).click();
    await page.getByText('Velg hvem den første kontakten kom fra.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Personen selv' }).check();
    await page.getByRole('button', { name: 'Opprett saken' }).click();

    await expect.poll(() => heading(page)).toBe('Dagbrukersak: Dina Dagbruker');
    expect(await page.title()).toBe('Dagbrukersak – Havn');
    expect(await page.getByText('Ingen besøk er registrert ennå.').isVisible()).toBe(true);
    expect(await page.getByText('En logget kontakt').isVisible()).toBe(true);
    // Opening the case named nobody, and the coordinator on shift cannot name herself: she is
    // told who decides instead.
    const caseUrl = page.url();
    expect(await primaryContactOf(page).textContent()).toBe('Ingen primærkontakt ennå');
    expect(await page.getByRole('button', { name: 'Endre primærkontakt' }).count()).toBe(0);
    expect(
      await page.getByText(/^Bare enhetslederen, eller den som er primærkontakt nå/).isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page);

    // A visit: the form opens under its button, and the visit is listed once recorded.
    await page.getByRole('button', { name: 'Registrer besøk' }).click();
    const visitForm = page.getByRole('region', { name: 'Registrer besøk' });
    await visitForm.waitFor();
    await expectNoAxeViolations(page);
    await visitForm.getByLabel('Varighet i minutter').fill('45');
    await visitForm.getByRole('radio', { name: 'Følge til en tjeneste' }).check();
    await visitForm.getByLabel('Tolk ble brukt').check();
    await visitForm.getByLabel('Tema', { exact: true }).fill('Bolig og økonomi');
    await visitForm.getByLabel('Hva ble avtalt').fill('Møte hos NAV neste uke.');
    await visitForm.getByRole('button', { name: 'Registrer besøket' }).click();
    await page.getByText('Besøket er registrert.').waitFor();
    const visits = page.getByRole('list', { name: 'Besøkene, det nyeste først' });
    await expect.poll(() => visits.getByRole('listitem').count()).toBe(1);
    const visit = await visits.getByRole('listitem').textContent();
    expect(visit).toContain('Følge til en tjeneste');
    expect(visit).toContain('45 minutter');
    expect(visit).toContain('Med tolk');
    expect(visit).toContain('Kari Koordinator (demo)');
    expect(visit).toContain('Bolig og økonomi');
    await expectNoAxeViolations(page);

    // The perpetrator, on the case only: from the keyboard, saved, then shown.
    const perpetrator = page.getByRole('region', { name: 'Utøver' });
    expect(
      await perpetrator.getByText('Ingen opplysninger om utøver er registrert.').isVisible(),
    ).toBe(true);
    await perpetrator.getByRole('button', { name: 'Registrer utøver' }).click();
    const perpetratorForm = page.getByRole('region', { name: 'Opplysninger om utøver' });
    await perpetratorForm.waitFor();
    await perpetratorForm.getByRole('button', { name: 'Lagre opplysningene' }).click();
    await perpetratorForm.getByText('Velg utøvers relasjon til den utsatte.').waitFor();
    await expect.poll(() => focusedText(page)).toMatch(/^Velg relasjon/);
    await expectNoAxeViolations(page);
    await perpetratorForm
      .getByLabel('Relasjon til den utsatte')
      .selectOption({ label: 'Tidligere partner' });
    await perpetratorForm.getByRole('radio', { name: 'Mann' }).focus();
    await page.keyboard.press('Space');
    await perpetratorForm.getByRole('radio', { name: 'Ja' }).focus();
    await page.keyboard.press('Space');
    await perpetratorForm.getByLabel('Merknader').fill('Har kontaktforbud.');
    await expectNoAxeViolations(page);
    await perpetratorForm.getByRole('button', { name: 'Lagre opplysningene' }).click();
    await perpetrator.getByText('Opplysningene om utøver er lagret.').waitFor();
    const recorded = await perpetrator.getByRole('list', { name: 'Utøvere' }).textContent();
    expect(recorded).toContain('Tidligere partner');
    expect(recorded).toContain('Mann');
    expect(recorded).toContain('Har kontaktforbud.');
    expect(
      await perpetrator.getByRole('button', { name: 'Endre opplysninger om utøver' }).isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page);

    // A joint meeting with NAV, with a task for me, then done.
    await page.getByRole('button', { name: 'Registrer samarbeidsmøte' }).click();
    const meetingForm = page.getByRole('region', { name: 'Registrer samarbeidsmøte' });
    await meetingForm.getByRole('checkbox', { name: 'NAV Bergenhus' }).check();
    await meetingForm.getByLabel('Beslutninger').fill('NAV vurderer økonomisk sosialhjelp.');
    await meetingForm.getByRole('button', { name: 'Legg til oppgave' }).click();
    await meetingForm.getByLabel('Hva skal gjøres').fill('Følge opp søknaden');
    await meetingForm
      .getByLabel('Ansvarlig')
      .selectOption({ label: 'Kari Koordinator (demo) (deg)' });
    await meetingForm.getByLabel('Frist').fill(nextSlot().date);
    await expectNoAxeViolations(page);
    await meetingForm.getByRole('button', { name: 'Registrer møtet' }).click();
    await page.getByText('Samarbeidsmøtet er registrert.').waitFor();
    const done = page.getByRole('button', { name: 'Marker «Følge opp søknaden» som utført' });
    await done.click();
    await expect.poll(() => done.count()).toBe(0);
    expect(await page.getByText('Utført', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Book a meeting at NAV from the case: the person and the case come along.
    await page.getByRole('link', { name: 'Book avtale' }).click();
    await expect.poll(() => heading(page)).toBe('Ny avtale');
    await page.getByText('Avtalen gjelder Dina Dagbruker og knyttes til dagbrukersaken.').waitFor();
    await expectNoAxeViolations(page);
    const slot = nextSlot();
    await page.getByLabel('Dato', { exact: true }).fill(slot.date);
    await page.getByLabel('Fra klokken').fill(slot.start);
    await page.getByLabel('Til klokken').fill(slot.end);
    await page.getByLabel('Sted', { exact: true }).selectOption({ label: 'NAV' });
    await page.getByLabel('Hos', { exact: true }).selectOption({ label: 'NAV Bergenhus' });
    // The staff who go: me, already chosen, and a colleague from the staff directory, picked
    // from the keyboard. Only casework colleagues of this centre are offered.
    const going = page.getByRole('group', { name: 'Hvem fra senteret blir med' });
    expect(
      await going.getByRole('checkbox', { name: /^Kari Koordinator \(demo\) \(deg\)/ }).isChecked(),
    ).toBe(true);
    expect(await going.getByRole('checkbox', { name: /Økonomi/ }).count()).toBe(0);
    expect(await going.getByRole('checkbox', { name: /trondheim/i }).count()).toBe(0);
    const colleague = going.getByRole('checkbox', { name: /^Nils Nattevakt \(demo\)/ });
    await colleague.focus();
    await page.keyboard.press('Space');
    expect(await colleague.isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Taxi på senterets avtale' }).check();
    await page.getByLabel('Sikkerhetsnotat').fill('Skal ikke møte utøveren i venterommet.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Book avtalen' }).click();

    // The calendar on that day, with the appointment as booked.
    await expect.poll(() => heading(page)).toBe('Kalender');
    expect(await page.title()).toBe('Kalender – Havn');
    await page.getByText('Avtalen er booket.').waitFor();
    const booked = page.getByRole('article', {
      name: `${slot.start}–${slot.end} NAV: NAV Bergenhus`,
    });
    await booked.waitFor();
    const text = await booked.textContent();
    expect(text).toContain('Dina Dagbruker');
    expect(text).toContain('Kari Koordinator (demo)');
    expect(text).toContain('Nils Nattevakt (demo)');
    expect(text).toContain('Taxi på senterets avtale');
    expect(text).toContain('Skal ikke møte utøveren i venterommet.');
    await expectNoAxeViolations(page);

    // Only mine: still there.
    // A toggle group: radios inside labels drawn as buttons; the label takes the click.
    await page.locator('label', { hasText: 'Mine avtaler' }).click();
    await expect
      .poll(() => page.getByRole('radio', { name: 'Mine avtaler' }).isChecked())
      .toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('vis')).toBe('mine');
    await booked.waitFor();
    await expectNoAxeViolations(page);

    // The day after: nothing booked.
    await page.getByRole('button', { name: 'Neste dag' }).click();
    await page.getByText('Du har ingen avtaler denne dagen.').waitFor();
    await expectNoAxeViolations(page);

    // The start page reminds me.
    await page.goto(`${havn.baseUrl}/`);
    const reminders = page.getByRole('region', { name: 'Dine avtaler neste døgn' });
    await reminders.waitFor();
    await reminders.getByRole('article', { name: /NAV: NAV Bergenhus/ }).waitFor();
    expect(await reminders.textContent()).toContain('Taxi på senterets avtale');
    await expectNoAxeViolations(page);

    // The list of day users has the case, with its one visit.
    await page.goto(`${havn.baseUrl}/day-users`);
    const row = page.getByRole('row', { name: /Dina Dagbruker/ });
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('1');
    await expectNoAxeViolations(page);
    await context.close();

    // The colleague who goes along is reminded on their own start page.
    const night = await havn.openPage();
    await loginThroughUi(night.page, havn.baseUrl, 'nattevakt');
    const theirs = night.page.getByRole('region', { name: 'Dine avtaler neste døgn' });
    await theirs.getByRole('article', { name: /NAV: NAV Bergenhus/ }).waitFor();
    await expectNoAxeViolations(night.page);
    await night.context.close();

    // The unit leader names Kari the case's primary contact, by choosing her and saving.
    const leader = await havn.openPage();
    await loginThroughUi(leader.page, havn.baseUrl, 'enhetsleder');
    await leader.page.goto(caseUrl);
    await expect.poll(() => heading(leader.page)).toBe('Dagbrukersak: Dina Dagbruker');
    await leader.page.getByRole('button', { name: 'Endre primærkontakt' }).click();
    const chooser = leader.page.getByRole('region', { name: 'Velg primærkontakt' });
    await chooser
      .getByRole('combobox', { name: 'Primærkontakt', exact: true })
      .selectOption({ label: 'Kari Koordinator (demo)' });
    await expectNoAxeViolations(leader.page);
    await chooser.getByRole('button', { name: 'Lagre primærkontakt' }).click();
    await expect.poll(() => chooser.count()).toBe(0);
    await expect
      .poll(() => primaryContactOf(leader.page).textContent())
      .toBe('Kari Koordinator (demo)');
    await expectNoAxeViolations(leader.page);
    await leader.context.close();
  }, 420_000);

  it('ends a case, cancels an appointment, and fits a phone', async () => {
    const { context, page } = await havn.openPage({ width: 375 });
    await loginThroughUi(page, havn.baseUrl, 'koordinator');
    await api(page, '/api/shifts/start');
    const person = await api<{ id: string }>(page, '/api/people', {
      alias: 'Tove T.',
      confirmNotDuplicate: true,
    });
    const dayCase = await api<{ id: string }>(page, '/api/day-users', {
      personId: person.id,
      firstContactBy: 'nav',
    });
    const slot = nextSlot();
    await api(page, '/api/appointments', {
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      place: 'centre',
      personId: person.id,
      caseId: dayCase.id,
      staffIds: [],
    });

    // No page is wider than the phone.
    const fitsPhone = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    // Cancelling asks first, then shows the appointment as cancelled.
    await page.goto(`${havn.baseUrl}/calendar?dato=${slot.date}`);
    await expect.poll(() => heading(page)).toBe('Kalender');
    const card = page.getByRole('article', { name: /På senteret/ });
    await card.waitFor();
    expect(await fitsPhone()).toBe(true);
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: /^Avlys avtalen kl\./ }).click();
    await card.getByText(/^Vil du avlyse avtalen/).waitFor();
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: 'Ja, avlys' }).click();
    await expect.poll(() => card.getByText('Avlyst', { exact: true }).count()).toBe(1);
    // The button is gone; focus is on the appointment's heading, which now says "Avlyst".
    await expect.poll(() => focusedText(page)).toMatch(/På senteret Avlyst$/);
    expect(await card.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page);

    // The case: end it with a reason; then it says so, and offers no more forms.
    await page.goto(`${havn.baseUrl}/day-users/${dayCase.id}`);
    await expect.poll(() => heading(page)).toBe('Dagbrukersak: Tove T.');
    expect(await fitsPhone()).toBe(true);
    await page.getByRole('button', { name: 'Avslutt saken' }).click();
    const endForm = page.getByRole('region', { name: 'Avslutt saken' });
    await endForm.getByRole('button', { name: 'Ja, avslutt saken' }).click();
    await endForm.getByText('Velg årsaken til at saken avsluttes.').waitFor();
    await expectNoAxeViolations(page);
    await endForm.getByRole('radio', { name: 'Målet er nådd' }).check();
    await endForm.getByRole('button', { name: 'Ja, avslutt saken' }).click();
    await page.getByText(/^Avsluttet \d\d\.\d\d\.\d{4}: Målet er nådd$/).waitFor();
    expect(await page.getByRole('button', { name: 'Registrer besøk' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Book avtale' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // Among the ended cases, not the open ones.
    await page.getByRole('link', { name: 'Dagbrukere', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Dagbrukere');
    await page.getByRole('table', { name: 'Åpne dagbrukersaker' }).waitFor();
    expect(await page.getByRole('row', { name: /Tove T\./ }).count()).toBe(0);
    await page.locator('label', { hasText: 'Avsluttede' }).click();
    await page.getByRole('table', { name: 'Avsluttede dagbrukersaker' }).waitFor();
    await page.getByRole('row', { name: /Tove T\./ }).waitFor();
    expect(await fitsPhone()).toBe(true);
    await expectNoAxeViolations(page);

    // A new case by name, on a phone.
    await page.getByRole('link', { name: 'Ny dagbrukersak' }).click();
    await expect.poll(() => heading(page)).toBe('Ny dagbrukersak');
    await page.getByRole('button', { name: 'Opprett saken' }).click();
    await page.getByText('Velg personen saken gjelder.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Personen saken gjelder').fill('Tove');
    await page.getByRole('button', { name: 'Velg Tove T.' }).click();
    await page.getByText('Valgt: Tove T.').waitFor();
    await expect.poll(() => focusedText(page)).toBe('Velg en annen person');
    await page.getByRole('radio', { name: 'NAV' }).check();
    expect(await fitsPhone()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Opprett saken' }).click();
    await expect.poll(() => heading(page)).toBe('Dagbrukersak: Tove T.');
    await context.close();
  }, 120_000);
});
