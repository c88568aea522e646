import type { RecordDenialReason } from '@havn/domain';

/** Norwegian bokmål for refusals and break-the-glass («bryt glasset»). */
export const accessNb = {
  refusal: {
    title: 'Du har ikke tilgang',
    /** A record that does not exist, or another centre's: the two must read the same. */
    notFound:
      'Fant ikke det du lette etter. Det finnes ikke, eller det hører til et annet krisesenter.',
    reasons: {
      not_authenticated: 'Du er ikke logget inn.',
      role_not_permitted: 'Rollen din gir ikke tilgang til dette. Spør enhetslederen.',
      not_cleared:
        'Politiattest eller taushetserklæring er ikke registrert for deg. Enhetslederen registrerer dem før du får se persondata.',
      other_centre: 'Det hører til et annet krisesenter.',
      not_on_shift:
        'Du er ikke på vakt, og du er ikke primærkontakt. Start vakten, eller spør primærkontakten.',
      not_primary_contact:
        'Saken er ikke lenger aktiv. Da har bare primærkontakten og enhetslederen tilgang.',
      not_case_worker:
        'Du arbeider ikke med saken. Journalen og planen er for primærkontakten og koordinatorene.',
    } satisfies Record<RecordDenialReason, string>,
    breakGlassHint:
      'Trenger du å se dette nå, kan du åpne det med en begrunnelse. Tilgangen varer en begrenset tid og gjennomgås av enhetslederen.',
  },
  breakGlass: {
    open: 'Åpne med begrunnelse',
    heading: 'Åpne med begrunnelse',
    intro:
      'Skriv hvorfor du må se dette nå, og bekreft med en ny kode fra autentiseringsappen. Begrunnelsen lagres kryptert og leses av enhetslederen.',
    reason: 'Begrunnelse',
    reasonHint: 'Minst {{count}} tegn.',
    reasonTooShort: 'Skriv en begrunnelse på minst {{count}} tegn.',
    code: 'Kode fra autentiseringsappen',
    codeHint: 'Seks sifre. Vent på en ny kode hvis du nettopp brukte en.',
    codeInvalid: 'Skriv de seks sifrene fra autentiseringsappen.',
    codeRefused: 'Koden ble ikke godtatt. Vent på en ny kode og prøv igjen.',
    submit: 'Åpne',
    cancel: 'Avbryt',
  },
};
