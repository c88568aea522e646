import type { FieldProblemCode } from '@havn/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { t } from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../api/errors.ts';
import { Form, SubmitButton, TextField, useZodForm } from './index.ts';

const schema = z.object({
  name: z.string().trim().min(1),
  postcode: z.string().regex(/^\d{4}$/),
});
type Values = z.input<typeof schema>;

/** A form of two fields whose submit does what the test says: succeed, or throw its error. */
function TwoFields({ send }: { send: (values: z.output<typeof schema>) => Promise<void> }) {
  const form = useZodForm(schema, { defaultValues: { name: '', postcode: '' } });
  return (
    <Form form={form} onSubmit={send} serverFields={{ 'body.address.postcode': 'postcode' }}>
      <TextField<Values> name="name" label="Navn" />
      <TextField<Values>
        name="postcode"
        label="Postnummer"
        messages={{ invalid_format: 'people.form.errors.postalCode' }}
      />
      <SubmitButton>Lagre</SubmitButton>
    </Form>
  );
}

const refused = (fields: { path: string; code: FieldProblemCode }[]) =>
  new ApiError(
    400,
    'validation_failed',
    fields.map((f) => ({ ...f, message: 'Invalid' })),
  );

describe('the form', () => {
  it("shows the browser's check at the field in its own words, focuses it, and sends nothing", async () => {
    const sent: unknown[] = [];
    render(<TwoFields send={async (values) => void sent.push(values)} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await userEvent.type(screen.getByRole('textbox', { name: 'Postnummer' }), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));

    const postcode = await screen.findByRole('textbox', {
      name: 'Postnummer',
      description: t('people.form.errors.postalCode'),
    });
    expect(postcode).toHaveProperty('ariaInvalid', 'true');
    expect(document.activeElement).toBe(postcode);
    expect(sent).toEqual([]);
  });

  it('puts the common sentence of a problem on a field that has none of its own', async () => {
    render(<TwoFields send={async () => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));

    const name = await screen.findByRole('textbox', {
      name: 'Navn',
      description: t('forms.errors.required'),
    });
    expect(document.activeElement).toBe(name);
  });

  it("lands a server 400's field problem on the field it names, focused", async () => {
    render(
      <TwoFields
        send={() => Promise.reject(refused([{ path: 'body.address.postcode', code: 'too_big' }]))}
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await userEvent.type(screen.getByRole('textbox', { name: 'Postnummer' }), '1234');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));

    const postcode = await screen.findByRole('textbox', {
      name: 'Postnummer',
      description: t('forms.errors.tooLong'),
    });
    expect(document.activeElement).toBe(postcode);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says as a whole form what the server refused of a field the form does not have', async () => {
    render(
      <TwoFields
        send={() => Promise.reject(refused([{ path: 'body.version', code: 'too_small' }]))}
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await userEvent.type(screen.getByRole('textbox', { name: 'Postnummer' }), '1234');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));

    expect((await screen.findByRole('alert')).textContent).toBe(t('errors.validation_failed'));
  });

  it('says why a send failed that was no field problem', async () => {
    render(<TwoFields send={() => Promise.reject(new ApiError(0, 'network_error'))} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await userEvent.type(screen.getByRole('textbox', { name: 'Postnummer' }), '1234');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));

    expect((await screen.findByRole('alert')).textContent).toBe(t('errors.network_error'));
  });
});
