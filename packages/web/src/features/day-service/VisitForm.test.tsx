import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { t } from 'i18next';
import { describe, expect, it } from 'vitest';
import { queryClient } from '../../api/query-client.ts';
import type { Authenticated } from '../../auth/me.ts';
import { server } from '../../test/fetch-stub.ts';
import type { DayUserCase } from './day-users-api.ts';
import { VisitForm } from './VisitForm.tsx';

const me: Authenticated = {
  state: 'authenticated',
  csrfToken: 'token',
  user: {
    id: 'user-1',
    username: 'kari',
    displayName: 'Kari Nordmann',
    centreId: 'centre-1',
    centreName: 'Havn krisesenter',
    roles: ['coordinator'],
    clearedForPersonalData: true,
  },
  permissions: [],
  failedAttempts: null,
};

const dayCase: DayUserCase = {
  id: 'case-1',
  person: { id: 'person-1', displayName: 'Anna' },
  startedOn: '2026-01-05',
  firstContactBy: 'self',
  primaryContact: null,
  sourceContactId: null,
  endedOn: null,
  endReason: null,
  visits: [],
  perpetrators: [],
  version: 1,
};

describe('the visit form', () => {
  it("shows the server's refusal of a field at that field's input, and focuses it", async () => {
    server.answer(
      Response.json({
        staff: [{ id: me.user.id, name: me.user.displayName, roles: ['coordinator'] }],
      }),
    );
    server.answer(
      Response.json(
        {
          error: {
            code: 'validation_failed',
            message: 'Invalid request',
            fields: [{ path: 'body.minutes', code: 'too_big', message: 'Too long' }],
          },
        },
        { status: 400 },
      ),
    );
    render(
      <QueryClientProvider client={queryClient}>
        <VisitForm me={me} dayCase={dayCase} onDone={() => {}} onCancel={() => {}} />
      </QueryClientProvider>,
    );
    await screen.findByRole('checkbox', { name: t('staff.picker.you', { name: 'Kari Nordmann' }) });
    await userEvent.click(screen.getByRole('button', { name: t('dayService.visits.form.submit') }));

    const minutes = await screen.findByRole('spinbutton', {
      name: t('dayService.visits.form.minutes'),
      description: t('dayService.visits.form.errors.minutes'),
    });
    expect(minutes).toHaveProperty('ariaInvalid', 'true');
    expect(document.activeElement).toBe(minutes);
    const sent = server.requests.at(-1)!;
    expect(`${sent.method} ${new URL(sent.url).pathname}`).toBe(
      'POST /api/day-users/case-1/visits',
    );
  });
});
