/**
 * The letter confirming a stay, which the resident attaches to a housing application (one of
 * Trondheim's measures: it gives priority in the allocation). It says who stays and since when —
 * never where: the centre's address stays out. The letter is in Norwegian: it goes to a
 * Norwegian housing office.
 */
export interface HousingLetterInput {
  /** The name as registered on the person. */
  name: string;
  birthDate: string | null;
  /** The Oslo date of arrival. */
  arrivalOn: string;
  /** The Oslo date of departure, when the stay has ended. */
  departureOn: string | null;
  /** Children along in the stay. */
  children: number;
  centreName: string;
  issuedOn: string;
  issuedBy: string;
}

export interface HousingLetter {
  title: string;
  paragraphs: string[];
  signature: string[];
}

const months = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** "24. november 2026". */
export function norwegianDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d}. ${months[m - 1]} ${y}`;
}

const childrenText = (n: number) =>
  n === 0 ? '' : n === 1 ? ', sammen med ett barn' : `, sammen med ${n} barn`;

export function housingLetter(input: HousingLetterInput): HousingLetter {
  const who = input.birthDate
    ? `${input.name}, født ${norwegianDate(input.birthDate)},`
    : input.name;
  const when = input.departureOn
    ? `bodde ved ${input.centreName} fra ${norwegianDate(input.arrivalOn)} til ${norwegianDate(input.departureOn)}`
    : `har bodd ved ${input.centreName} siden ${norwegianDate(input.arrivalOn)}`;
  return {
    title: 'Bekreftelse på opphold ved krisesenter',
    paragraphs: [
      `Vi bekrefter at ${who} ${when}${childrenText(input.children)}.`,
      'Bekreftelsen er skrevet etter ønske fra beboeren, til bruk i søknad om bolig.',
      'Av hensyn til sikkerheten oppgir vi ikke krisesenterets adresse. Spørsmål om bekreftelsen kan rettes til krisesenteret gjennom beboeren.',
    ],
    signature: [norwegianDate(input.issuedOn), input.issuedBy, input.centreName],
  };
}
