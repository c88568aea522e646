import { t } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorMessageKey, toApiError } from './errors.ts';

const refusal = (reason?: string) =>
  toApiError(409, { error: { code: 'conflict', message: 'Refused', reason } });

describe('what a refused change says', () => {
  it('says why, in the words of the reason the server gave', () => {
    expect(t(errorMessageKey(refusal('case_ended')))).toBe(
      'Saken er avsluttet og kan ikke endres lenger. Start en ny sak om det trengs.',
    );
  });

  it('says someone else changed it only for a stale version', () => {
    expect(t(errorMessageKey(refusal('stale_version')))).toBe(
      'Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.',
    );
  });

  it('is only "refused" for a reason it does not know', () => {
    expect(t(errorMessageKey(refusal('from_a_newer_server')))).toBe(
      'Endringen kan ikke gjøres slik saken står nå. Last inn på nytt for å se den.',
    );
  });
});
