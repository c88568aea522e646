import type { ConsentRecipient } from './consent.ts';

/** Who a notice of arrival goes to. */
export const noticeRecipients = [
  'home_municipality',
  'nav',
] as const satisfies readonly ConsentRecipient[];
export type NoticeRecipient = (typeof noticeRecipients)[number];

/**
 * Everything a notice of arrival may say. Deliberately nothing else: no address, no perpetrator,
 * no reason for the stay, no name of the resident — the recipient learns that one of its
 * residents is staying, from when, and whom at the centre to call.
 */
export interface NoticeFacts {
  recipient: NoticeRecipient;
  municipalityName: string;
  centreName: string;
  /** YYYY-MM-DD (Europe/Oslo). */
  fromDate: string;
  contactPerson: { name: string; phone: string | null };
}

const norwegianDate = (date: string) => {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
};

/** The text of a minimal notice of arrival, in Norwegian, for copying or printing. */
export function arrivalNotice(facts: NoticeFacts): string {
  const to =
    facts.recipient === 'nav'
      ? `NAV-kontoret i ${facts.municipalityName}`
      : `${facts.municipalityName} kommune`;
  const phone = facts.contactPerson.phone ? `, telefon ${facts.contactPerson.phone}` : '';
  return [
    `Til ${to}`,
    '',
    `${facts.centreName} varsler om at en innbygger fra ${facts.municipalityName} bor på krisesenteret fra ${norwegianDate(facts.fromDate)}.`,
    'Varselet sendes med samtykke fra innbyggeren, slik at arbeidet med videre bosetting og oppfølging kan starte tidlig.',
    `Kontaktperson ved krisesenteret: ${facts.contactPerson.name}${phone}.`,
    '',
    'Opplysningene er taushetsbelagte. Ta kontakt med kontaktpersonen for videre samarbeid.',
  ].join('\n');
}
