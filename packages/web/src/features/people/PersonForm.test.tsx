import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { t } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors.ts';
import { PersonForm } from './PersonForm.tsx';
import type { PersonView } from './people-api.ts';
import type { TypedPerson } from './person-form.ts';

const submit = t('people.new.submit');

// A form of many fields: queries by role walk all of it, and the shared machine is slow.
describe('the person form', { timeout: 30_000 }, () => {
  it('asks for an alias or a first name before anything is sent', async () => {
    const sent: TypedPerson[] = [];
    render(<PersonForm submitLabel={submit} onSubmit={async (f) => void sent.push(f)} />);
    await userEvent.click(screen.getByRole('button', { name: submit }));

    await screen.findByText(t('people.form.errors.nameMissing'));
    const alias = screen.getByLabelText(t('people.fields.alias'));
    expect(alias).toHaveProperty('ariaInvalid', 'true');
    expect(document.activeElement).toBe(alias);
    expect(sent).toEqual([]);
  });

  it('checks a national id by its digits, as the server does', async () => {
    const sent: TypedPerson[] = [];
    render(<PersonForm submitLabel={submit} onSubmit={async (f) => void sent.push(f)} />);
    await userEvent.type(screen.getByLabelText(t('people.fields.alias')), 'Mia');
    await userEvent.type(screen.getByLabelText(t('people.fields.nationalId')), '123 456 789 01');
    await userEvent.click(screen.getByRole('button', { name: submit }));

    await screen.findByText(t('people.form.errors.nationalIdInvalid'));
    expect(sent).toEqual([]);
  });

  it('sends what was typed as the API takes it: blank as null, the address and the contact nested', async () => {
    const sent: TypedPerson[] = [];
    render(<PersonForm submitLabel={submit} onSubmit={async (f) => void sent.push(f)} />);
    await userEvent.type(screen.getByLabelText(t('people.fields.alias')), ' Mia ');
    await userEvent.type(screen.getByLabelText(t('people.fields.languages')), 'norsk, arabisk');
    await userEvent.type(screen.getByLabelText(t('people.fields.city')), 'Bodø');
    await userEvent.click(screen.getByRole('button', { name: submit }));

    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toMatchObject({
      alias: 'Mia',
      firstName: null,
      nationalId: null,
      gender: 'unknown',
      languages: ['norsk', 'arabisk'],
      address: { street: null, postalCode: null, city: 'Bodø' },
      contact: null,
    });
  });

  it("shows the server's refusal of a nested field at its input: an unknown municipality", async () => {
    const refusal = new ApiError(400, 'validation_failed', [
      { path: 'body.homeMunicipalityNumber', code: 'unknown_municipality', message: 'Unknown' },
      { path: 'body.address.postalCode', code: 'invalid_format', message: 'Four digits' },
    ]);
    render(<PersonForm submitLabel={submit} onSubmit={() => Promise.reject(refusal)} />);
    await userEvent.type(screen.getByLabelText(t('people.fields.alias')), 'Mia');
    await userEvent.click(screen.getByRole('button', { name: submit }));

    await screen.findByText(t('people.form.errors.postalCode'));
    screen.getByText(t('people.form.errors.municipalityUnknown'));
    const municipality = screen.getByLabelText(t('people.fields.homeMunicipality'));
    // The first in the form's order takes focus: the municipality stands after the postcode.
    expect(document.activeElement).toBe(screen.getByLabelText(t('people.fields.postalCode')));
    expect(municipality).toHaveProperty('ariaInvalid', 'true');
  });
  it('keeps the sentence about a conflict while it shows the version someone else saved', async () => {
    const record = (alias: string, version: number) =>
      ({
        alias,
        languages: [],
        version,
        addressHidden: false,
        contactHidden: false,
      }) as Partial<PersonView> as PersonView;
    const failureKey = () => 'people.conflict' as const;
    const stale = new ApiError(409, 'conflict', [], 'Stale', 'stale_version');
    const form = (person: PersonView) => (
      <PersonForm
        person={person}
        submitLabel={submit}
        failureKey={failureKey}
        onSubmit={() => Promise.reject(stale)}
      />
    );
    const { rerender } = render(form(record('Mia', 1)));
    await userEvent.click(screen.getByRole('button', { name: submit }));
    await screen.findByText(t('people.conflict'));

    rerender(form(record('Sol', 2)));
    await expect
      .poll(() => screen.getByLabelText<HTMLInputElement>(t('people.fields.alias')).value)
      .toBe('Sol');
    screen.getByText(t('people.conflict'));
  });
});
