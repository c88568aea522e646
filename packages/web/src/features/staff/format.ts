import { currentLanguage } from '../../i18n/index.ts';

const locale = () => (currentLanguage() === 'nb' ? 'nb-NO' : 'en-GB');

/** A calendar date, 'YYYY-MM-DD', as the reader writes dates ("06.01.2025"); no time zone shift. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A moment, in the centres' time zone: "9. januar 2025 kl. 14:30". */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}
