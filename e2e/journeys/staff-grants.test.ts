import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi } from '../support/login.ts';

const havn = useJourney();

describe('who may grant what, on the staff screen', () => {
  it('offers the system administrator no casework role and nothing on her own account', async () => {
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'admin');
    await page.goto(`${havn.baseUrl}/staff`);
    await expect.poll(() => heading(page)).toBe('Ansatte og tilganger');

    // Her own row: the roles are shown, not offered, with why.
    await page.getByRole('button', { name: 'Endre Astrid Admin (demo)' }).click();
    const own = page.getByRole('dialog', { name: 'Astrid Admin (demo)' });
    await own.waitFor();
    expect(await own.getByText(/^Ingen kan endre sine egne roller/).isVisible()).toBe(true);
    expect(await own.getByRole('checkbox').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => own.isVisible()).toBe(false);

    // A coordinator: no duties to register; casework roles locked; the second factor the leader's.
    await page.getByRole('button', { name: 'Endre Kari Koordinator (demo)' }).click();
    const other = page.getByRole('dialog', { name: 'Kari Koordinator (demo)' });
    await other.waitFor();
    expect(await other.getByLabel('Politiattest kontrollert').count()).toBe(0);
    expect(
      await other.getByRole('checkbox', { name: 'Enhetsleder', exact: true }).isDisabled(),
    ).toBe(true);
    expect(await other.getByRole('checkbox', { name: 'Personal og økonomi' }).isDisabled()).toBe(
      false,
    );
    expect(
      await other.getByText(/Roller i saksarbeidet gis og tas bort av enhetslederen\./).count(),
    ).toBeGreaterThan(0);
    expect(await other.getByRole('button', { name: 'Tilbakestill tofaktor' }).count()).toBe(0);
    expect(await other.getByText(/^Kontoen har en rolle i saksarbeidet/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    // A new account: only the roles she may grant are offered.
    await page.getByRole('button', { name: 'Ny ansatt' }).click();
    const create = page.getByRole('dialog', { name: 'Ny ansatt' });
    await create.waitFor();
    expect(
      await create.getByRole('checkbox', { name: 'Enhetsleder', exact: true }).isDisabled(),
    ).toBe(true);
    expect(await create.getByRole('checkbox', { name: 'Systemadministrator' }).isDisabled()).toBe(
      false,
    );
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows the unit leader who gained access to a protected address, to review', async () => {
    const db = havn.ctx.database.db;
    const staff = async (username: string) =>
      (
        await db
          .selectFrom('staff_users')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id;
    const person = await db
      .selectFrom('persons')
      .select(['id', 'centre_id'])
      .where('is_child', '=', 0)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('address_access_grants')
      .values({
        id: '0192f4c2-0000-7000-8000-0000000000aa',
        centre_id: person.centre_id,
        person_id: person.id,
        user_id: await staff('ringevikar'),
        granted_by: await staff('enhetsleder'),
        case_type: 'day_user_case',
        case_id: '0192f4c2-0000-7000-8000-0000000000ab',
        protection: 'confidential',
        granted_at: new Date().toISOString(),
        reviewed_by: null,
        reviewed_at: null,
      })
      .execute();
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'enhetsleder');
    await page.goto(`${havn.baseUrl}/audit`);
    const section = page.getByRole('region', { name: 'Tilgang til beskyttet adresse' });
    await section.waitFor();
    const card = section.getByRole('article', { name: /^Rita Ringevikar \(demo\), / });
    await card.waitFor();
    expect(await card.getByText('Fortrolig adresse').isVisible()).toBe(true);
    expect(await card.getByText('Dagbrukersak').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: /^Marker tilgangen til Rita Ringevikar/ }).click();
    await section
      .getByText('Tilgangen til Rita Ringevikar (demo) er markert som gjennomgått.')
      .waitFor();
    await section
      .getByText('Ingen tilganger til beskyttede adresser venter på gjennomgang.')
      .waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
