/**
 * The report of concern (bekymringsmelding) sent to a child-welfare office. Minimal and factual
 * (GDPR art. 5, krisesenterlova § 5): who the child is, what the concern is, and who at the centre
 * to contact. Never an address — the centre's address tells where the child and the parent live
 * in hiding, and the child's own may be protected — and nothing about the perpetrator: the office
 * asks for more through its own channels when it needs it. Written in Norwegian: it goes to a
 * Norwegian office, whatever language the staff member uses.
 */
import type { AddressProtection } from '../people/people.ts';

export interface ConcernMessageInput {
  child: {
    firstName: string | null;
    lastName: string | null;
    alias: string | null;
    birthDate: string | null;
    addressProtection: AddressProtection;
  };
  concern: string;
  office: { name: string };
  /** YYYY-MM-DD, Europe/Oslo. */
  sentOn: string;
  sender: { name: string };
  centre: { name: string };
}

const norwegianDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
};

function childName(child: ConcernMessageInput['child']): string {
  const full = [child.firstName, child.lastName].filter((p) => p && p.trim() !== '').join(' ');
  if (full !== '') return full;
  return child.alias ? `${child.alias} (alias; identitet gis ved kontakt)` : 'Navn ikke registrert';
}

const protectionLine: Record<AddressProtection, string | null> = {
  none: null,
  confidential: 'Barnet har fortrolig adresse (adressesperre).',
  strictly_confidential: 'Barnet har strengt fortrolig adresse (adressesperre).',
};

/** The text of the report, line by line; picks only the fields named above from its input. */
export function concernMessage(input: ConcernMessageInput): string {
  const { child } = input;
  const lines = [
    `Til: ${input.office.name}`,
    `Dato: ${norwegianDate(input.sentOn)}`,
    '',
    'Bekymringsmelding etter krisesenterlova § 6 (opplysningsplikt til barnevernet)',
    '',
    `Barnet: ${childName(child)}`,
    `Fødselsdato: ${child.birthDate ? norwegianDate(child.birthDate) : 'ikke registrert'}`,
  ];
  const protection = protectionLine[child.addressProtection];
  if (protection) lines.push(protection);
  lines.push(
    '',
    'Bekymringen:',
    input.concern.trim(),
    '',
    `Kontaktperson: ${input.sender.name}, ${input.centre.name}`,
    'Krisesenterets adresse oppgis ikke av hensyn til beboernes sikkerhet. Ta kontakt med ' +
      'kontaktpersonen for videre dialog.',
  );
  return lines.join('\n');
}
