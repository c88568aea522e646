import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, nextTotpCode } from '../support/login.ts';

const havn = useJourney();

/** A state-changing API call in the page's session, with the session's CSRF token. */
async function post(page: Page, path: string, data: unknown) {
  const me = (await (await page.request.get(`${havn.baseUrl}/api/auth/me`)).json()) as {
    csrfToken: string;
  };
  return page.request.post(`${havn.baseUrl}${path}`, {
    data,
    headers: { 'X-CSRF-Token': me.csrfToken },
  });
}

const reason = 'Politiet ringte i natt og trengte å vite om hun bor her.';

/** Shared by the steps below, which run in order: the person, and the unit leader's tab. */
let personId: string;
let leader: Awaited<ReturnType<typeof havn.openPage>>;

describe('the access log', () => {
  it('lets a coordinator break the glass to a person, but not see the access log', async () => {
    // The unit leader registers a person; the coordinator has no relation to them.
    const setup = await havn.openPage();
    await loginThroughUi(setup.page, havn.baseUrl, 'enhetsleder');
    const created = await post(setup.page, '/api/people', { alias: 'Testperson' });
    expect(created.status()).toBe(201);
    personId = ((await created.json()) as { id: string }).id;
    await setup.context.close();

    // The coordinator, not on shift, is refused the person; then breaks the glass with a reason
    // and a fresh code, and opens the person often enough for the log to need two pages.
    const coordinator = await havn.openPage();
    const cPage = coordinator.page;
    await loginThroughUi(cPage, havn.baseUrl, 'koordinator');
    const personUrl = `${havn.baseUrl}/api/people/${personId}`;
    expect((await cPage.request.get(personUrl)).status()).toBe(404);
    const grant = await post(cPage, '/api/break-glass', {
      recordType: 'person',
      recordId: personId,
      reason,
      code: await nextTotpCode(havn.baseUrl, 'koordinator'),
    });
    expect(grant.status()).toBe(201);
    for (let i = 0; i < 55; i++) expect((await cPage.request.get(personUrl)).status()).toBe(200);

    // The access log is the unit leader's alone.
    await cPage.goto(`${havn.baseUrl}/audit`);
    await expect.poll(() => heading(cPage)).toBe('Logg over innsyn');
    expect(await cPage.getByText('Du har ikke tilgang til denne siden.').isVisible()).toBe(true);
    expect(await cPage.getByRole('heading', { name: 'Til gjennomgang' }).count()).toBe(0);
    await expectNoAxeViolations(cPage);
    await coordinator.context.close();
  });

  it('lets the unit leader review the grant', async () => {
    // The unit leader sees the grant waiting for review, with who, what and why.
    leader = await havn.openPage();
    const { page } = leader;
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Logg over innsyn' })
      .click();
    await expect.poll(() => heading(page)).toBe('Logg over innsyn');
    expect(await page.title()).toBe('Logg over innsyn – Havn');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    const card = page.getByRole('article', { name: /^Kari Koordinator \(demo\), / });
    await card.waitFor();
    expect(await card.getByText(reason).isVisible()).toBe(true);
    // Whom the glass was broken for, by alias, not by id (issue 13 #9).
    expect(await card.textContent()).toContain('Person for Testperson');
    expect(await card.textContent()).not.toContain(personId);
    expect(await page.getByText('1 nødtilgang venter på gjennomgang.').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Marked as reviewed: it leaves the list, and that is said.
    await card.getByRole('button', { name: /^Marker nødtilgangen til Kari Koordinator/ }).click();
    await expect
      .poll(() =>
        page
          .getByText('Nødtilgangen til Kari Koordinator (demo) er markert som gjennomgått.')
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => page.getByText('Ingen nødtilganger venter på gjennomgang.').isVisible())
      .toBe(true);
    expect(await card.count()).toBe(0);
    await expectNoAxeViolations(page);

    // Among the reviewed ones, with who reviewed it.
    await page.getByRole('switch', { name: 'Vis gjennomgåtte' }).check();
    await card.waitFor();
    expect(await card.textContent()).toContain('av Eva Enhetsleder (demo)');
    expect(await card.getByRole('button', { name: /^Marker/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('shows who has seen or changed the person, without the id in the address', async () => {
    const { page } = leader;
    // Who has seen or changed the person: a wrong id is told at the field.
    const idField = page.getByLabel('Id', { exact: true });
    await page.getByLabel('Type opplysning').selectOption('person');
    await idField.fill('Testperson');
    await page.getByRole('button', { name: 'Vis historikken' }).click();
    await expect
      .poll(() =>
        page.getByText('Id-en har 36 tegn: tall, bokstavene a–f og fire bindestreker.').isVisible(),
      )
      .toBe(true);
    await expectNoAxeViolations(page);

    await idField.fill(personId);
    await page.getByRole('button', { name: 'Vis historikken' }).click();
    await page.getByRole('heading', { name: `Historikken til Person ${personId}` }).waitFor();
    // The lookup stays in the page: nothing about it goes into the address.
    expect(new URL(page.url()).pathname).toBe('/audit');
    expect(new URL(page.url()).search).toBe('');
    const table = page.getByRole('table', { name: 'Hendelser i loggen, nyeste først' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    expect(await page.getByText('Viser 50 hendelser, nyeste først.').isVisible()).toBe(true);
    const opened = rows.filter({ hasText: 'Åpnet personen' }).first();
    expect(await opened.textContent()).toContain('Kari Koordinator (demo)');
    expect(await opened.textContent()).toContain('Godkjent');
    expect(await opened.textContent()).toContain('Nødtilgang');
    // Times in Oslo, to the second.
    expect(await opened.locator('th time').textContent()).toMatch(
      /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/,
    );
    await expectNoAxeViolations(page);

    // "Vis eldre": the grant, the refusal before it, and the registration.
    await page.getByRole('button', { name: 'Vis eldre' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(50);
    await expect.poll(() => page.getByRole('button', { name: 'Vis eldre' }).count()).toBe(0);
    const broke = rows.filter({ hasText: 'Brukte nødtilgang' });
    expect(await broke.count()).toBe(1);
    // The log names the grant, never its words: those are sealed, read in the review list.
    expect(await broke.textContent()).not.toContain(reason);
    expect(await broke.textContent()).toContain('Kari Koordinator (demo)');
    const refused = rows.filter({ hasText: 'Avvist' });
    expect(await refused.count()).toBe(1);
    expect(await refused.textContent()).toContain('Ikke på vakt, og ikke primærkontakt');
    expect(await refused.getAttribute('class')).toContain('havn-audit-row--denied');
    const registered = rows.filter({ hasText: 'Registrerte personen' });
    expect(await registered.textContent()).toContain('Eva Enhetsleder (demo)');
    await expectNoAxeViolations(page);

    // A grant's own "Se historikken" fills in the lookup and takes the keyboard there.
    await page.getByRole('button', { name: `Se historikken til Person ${personId}` }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? null))
      .toBe(`Historikken til Person ${personId}`);
    expect(await idField.inputValue()).toBe(personId);

    // On a phone the page does not scroll sideways; the table scrolls in its own region.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("opens a coordinator's activity from the staff screen", async () => {
    const { context, page } = leader;
    // From the staff screen: what the coordinator opened and changed.
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Ansatte og tilganger' })
      .click();
    await expect.poll(() => heading(page)).toBe('Ansatte og tilganger');
    await page.getByRole('link', { name: 'Se aktivitet for Kari Koordinator (demo)' }).click();
    await expect.poll(() => heading(page)).toBe('Aktiviteten til Kari Koordinator (demo)');
    expect(await page.title()).toBe('Aktiviteten til Kari Koordinator (demo) – Havn');
    expect(new URL(page.url()).pathname).toMatch(/^\/audit\/staff\/[0-9a-f-]{36}$/);
    const activity = page.getByRole('table', { name: 'Hendelser i loggen, nyeste først' });
    await activity.waitFor();
    const steps = activity.locator('tbody tr');
    await expect.poll(() => steps.count()).toBe(50);
    expect(await steps.first().textContent()).toContain('Åpnet personen');
    expect(await steps.first().textContent()).toContain(personId);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Vis eldre' }).click();
    await expect.poll(() => steps.count()).toBeGreaterThan(50);
    expect(await steps.filter({ hasText: 'Brukte nødtilgang' }).count()).toBe(1);
    expect(await steps.filter({ hasText: 'Avvist' }).count()).toBe(1);
    expect(await steps.filter({ hasText: 'Logget inn med passord' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // The person's id leads to the person's history, still without it in the address.
    await steps
      .filter({ hasText: 'Brukte nødtilgang' })
      .getByRole('link', { name: personId })
      .click();
    await expect.poll(() => heading(page)).toBe('Logg over innsyn');
    await page.getByRole('heading', { name: `Historikken til Person ${personId}` }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('table', { name: 'Hendelser i loggen, nyeste først' }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
