import { currentLanguage } from '../i18n/index.ts';

/**
 * Times as the centres live them: always in Europe/Oslo, never in the machine's own zone (a
 * laptop set to UTC, a phone abroad). Numbers in the reader's language.
 */
const zone = 'Europe/Oslo';
const locale = () => (currentLanguage() === 'nb' ? 'nb-NO' : 'en-GB');

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale()} ${key}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(), { ...options, timeZone: zone });
    formatters.set(id, f);
  }
  return f;
}

/** "03:12". */
export const formatTime = (iso: string | Date): string =>
  formatter('time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

/** "24.11. 03:12" — or only "03:12" when it is today in Oslo. */
export function formatDayTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (osloDate(date) === osloDate(now)) return formatTime(date);
  const day = formatter('daymonth', { day: '2-digit', month: '2-digit' }).format(date);
  return `${day} ${formatTime(date)}`;
}

/** A calendar date, 'YYYY-MM-DD', as the reader writes dates ("06.01.2025"); no zone shift. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** The Oslo calendar date of a moment, 'YYYY-MM-DD'. */
export function osloDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A month, 'YYYY-MM', by name: "november 2026". */
export function formatMonth(period: string): string {
  const [y, m] = period.split('-').map(Number);
  if (!y || !m) return period;
  return new Intl.DateTimeFormat(locale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** Time gone by as a clock: "2:05", "1:02:05". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
