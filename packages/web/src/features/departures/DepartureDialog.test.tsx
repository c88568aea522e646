import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { t } from 'i18next';
import { describe, expect, it } from 'vitest';
import { queryClient } from '../../api/query-client.ts';
import { server } from '../../test/fetch-stub.ts';
import { DepartureForm } from './DepartureDialog.tsx';
import type { DepartureView } from './departures-api.ts';

const view: DepartureView = {
  stayId: '6f1c2b7e-1d1a-4a44-9c55-000000000001',
  version: 3,
  arrivalAt: '2026-01-05T12:00:00.000Z',
  earliestDepartureAt: '2026-01-05T12:00:00.000Z',
  departureAt: null,
  household: [{ personId: 'p-1', label: 'Mor', isChild: false }],
  departure: null,
  corrections: [],
};

const openForm = () =>
  render(
    <QueryClientProvider client={queryClient}>
      <DepartureForm view={view} version={3} onDone={() => {}} />
    </QueryClientProvider>,
  );

describe('the departure form', { timeout: 30_000 }, () => {
  it('asks where she went before anything is sent, at that select', async () => {
    openForm();
    await userEvent.click(screen.getByRole('button', { name: t('departures.departure.submit') }));

    await screen.findByText(t('departures.departure.errors.destination'));
    screen.getByText(t('departures.departure.errors.reason'));
    expect(document.activeElement).toBe(
      screen.getByLabelText(t('departures.departure.destination')),
    );
    expect(server.requests).toEqual([]);
  });

  it("shows the server's refusal of the time at the date, in words", async () => {
    server.answer(
      Response.json(
        {
          error: {
            code: 'validation_failed',
            message: 'Invalid request',
            fields: [{ path: 'body.at', code: 'in_future', message: 'In the future' }],
          },
        },
        { status: 400 },
      ),
    );
    openForm();
    await userEvent.selectOptions(
      screen.getByLabelText(t('departures.departure.destination')),
      'family_or_friends',
    );
    await userEvent.selectOptions(
      screen.getByLabelText(t('departures.departure.reason')),
      'chose_to_leave',
    );
    await userEvent.click(screen.getByRole('button', { name: t('departures.departure.submit') }));

    await screen.findByText(t('departures.departure.errors.future'));
    expect(document.activeElement).toBe(screen.getByLabelText(t('departures.departure.date')));
    const sent = server.requests.at(-1)!;
    expect(`${sent.method} ${new URL(sent.url).pathname}`).toBe(
      `POST /api/stays/${view.stayId}/departure`,
    );
    expect(await sent.clone().json()).toMatchObject({
      version: 3,
      destination: 'family_or_friends',
      reason: 'chose_to_leave',
      policeInvolved: null,
      withoutNotice: null,
      children: [],
    });
  });
});
