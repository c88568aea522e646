import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, heading } from '../support/browser.ts';
import { useJourney } from '../support/journey.ts';
import { loginThroughUi, nextTotpCode } from '../support/login.ts';

/**
 * Issue 13 #9 and #10: a stay page that refuses says why in words the staff member can act on,
 * and opens with a reason and a fresh code («Åpne med begrunnelse»); the unit leader's review
 * names whom the glass was broken for.
 */
const havn = useJourney();

const reason = 'Beboeren ringte i natt og ba om hjelp med barnet, primærkontakten er syk.';

describe('break the glass from a refused stay page', () => {
  it('says why the stay is closed, opens it with a reason and a code, and the review names her', async () => {
    // Ask's stay has no primary contact; the children's coordinator is not on shift.
    const { id: stayId } = await havn.ctx.database.db
      .selectFrom('stays')
      .innerJoin('persons', 'persons.id', 'stays.person_id')
      .select('stays.id')
      .where('persons.alias', '=', 'Ask')
      .where('stays.departure_at', 'is', null)
      .executeTakeFirstOrThrow();
    const { context, page } = await havn.openPage();
    await loginThroughUi(page, havn.baseUrl, 'barnekoordinator');
    await page.goto(`${havn.baseUrl}/stays/${stayId}`);
    const why = page.getByText(
      'Du er ikke på vakt, og du er ikke primærkontakt. Start vakten, eller spør primærkontakten.',
    );
    await why.waitFor();
    expect(await page.getByRole('heading', { name: 'Du har ikke tilgang' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Åpne med begrunnelse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Åpne med begrunnelse' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    // Too short a reason and a wrong code are told at their fields; nothing opens.
    await dialog.getByLabel('Begrunnelse').fill('Trenger det');
    await dialog.getByLabel('Kode fra autentiseringsappen').fill('000000');
    await dialog.getByRole('button', { name: 'Åpne', exact: true }).click();
    await dialog.getByText('Skriv en begrunnelse på minst 15 tegn.').waitFor();
    await dialog.getByLabel('Begrunnelse').fill(reason);
    await dialog.getByRole('button', { name: 'Åpne', exact: true }).click();
    await dialog.getByText('Koden ble ikke godtatt. Vent på en ny kode og prøv igjen.').waitFor();
    await dialog
      .getByLabel('Kode fra autentiseringsappen')
      .fill(await nextTotpCode(havn.baseUrl, 'barnekoordinator'));
    await dialog.getByRole('button', { name: 'Åpne', exact: true }).click();

    // The stay opens, journal and all.
    await expect.poll(() => heading(page)).toBe('Ask');
    expect(await page.getByRole('heading', { name: 'Journal', exact: true }).isVisible()).toBe(
      true,
    );
    expect(await why.count()).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();

    const leader = await havn.openPage();
    await loginThroughUi(leader.page, havn.baseUrl, 'enhetsleder');
    await leader.page.goto(`${havn.baseUrl}/audit`);
    const card = leader.page.getByRole('article', { name: /^Berit Barnekoordinator \(demo\), / });
    await card.waitFor();
    expect(await card.textContent()).toContain('Opphold for Ask');
    expect(await card.textContent()).not.toContain(stayId);
    expect(await card.getByText(reason).isVisible()).toBe(true);
    await expectNoAxeViolations(leader.page);
    await leader.context.close();
  });
});
