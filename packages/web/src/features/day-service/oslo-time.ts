import { currentLanguage } from '../../i18n/index.ts';

/**
 * Times as the centres live them: shown and typed in Europe/Oslo, whatever zone the machine is
 * set to, and sent to the server as UTC instants. The offset is asked of `Intl` for the moment in
 * question, so summer time (and the nights the clocks change) come out right without a library.
 */
const zone = 'Europe/Oslo';

const locale = () => (currentLanguage() === 'nb' ? 'nb-NO' : 'en-GB');

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Oslo wall clock at an instant, as numbers. */
function osloParts(instant: Date) {
  const parts = partsFormatter.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** How far Oslo is ahead of UTC at an instant, in milliseconds (1 or 2 hours). */
function osloOffset(instant: Date): number {
  const p = osloParts(instant);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Oslo calendar date of an instant, 'YYYY-MM-DD'. */
export function osloDate(instant: Date | string = new Date()): string {
  const p = osloParts(new Date(instant));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The Oslo wall-clock time of an instant, 'HH:MM'. */
export function osloTime(instant: Date | string): string {
  const p = osloParts(new Date(instant));
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;

export const isDate = (value: string) => datePattern.test(value);
export const isTime = (value: string) => timePattern.test(value);

/**
 * The instant at which Oslo's clocks show `date` `time` ('YYYY-MM-DD', 'HH:MM'). The offset may
 * be the one of the day before or the day after (they differ only around a change of clocks), so
 * both are tried and the one that gives back the same wall clock wins. An hour that happens twice
 * (the autumn night) is taken the first time; a time that does not exist (02:30 on the spring
 * night) is read with the winter offset, an hour on.
 */
export function osloInstant(date: string, time: string): Date {
  const d = datePattern.exec(date);
  const t = timePattern.exec(time);
  if (!d || !t) throw new RangeError(`Not an Oslo date and time: ${date} ${time}`);
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const day = 86_400_000;
  const before = naive - osloOffset(new Date(naive - day));
  const after = naive - osloOffset(new Date(naive + day));
  const fits = (instant: number) => {
    const p = osloParts(new Date(instant));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === naive;
  };
  const found = [before, after].sort((a, b) => a - b).find(fits);
  return new Date(found ?? before);
}

/** A calendar date `days` later (or earlier), 'YYYY-MM-DD'; no time zone involved. */
export function addDays(date: string, days: number): string {
  const d = datePattern.exec(date);
  if (!d) return date;
  const next = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return next.toISOString().slice(0, 10);
}

/** One Oslo day as instants: from its midnight to the next (23 or 25 hours when clocks change). */
export function osloDay(date: string): { from: string; to: string } {
  return {
    from: osloInstant(date, '00:00').toISOString(),
    to: osloInstant(addDays(date, 1), '00:00').toISOString(),
  };
}

const utcNoon = (date: string) => {
  const d = datePattern.exec(date);
  return d ? new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), 12)) : null;
};

/** A calendar date in words: "tirsdag 3. juni 2025". */
export function formatLongDate(date: string): string {
  const noon = utcNoon(date);
  if (!noon) return date;
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(noon);
}

/** A calendar date as people write it: "03.06.2025". */
export function formatShortDate(date: string): string {
  const noon = utcNoon(date);
  if (!noon) return date;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeZone: 'UTC' }).format(noon);
}

/** An instant's time in Oslo: "14:30". */
export function formatTime(instant: string): string {
  return new Intl.DateTimeFormat(locale(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(instant));
}

/**
 * An instant in Oslo with its day: "tirsdag 3. juni kl. 14:30" — with `year`, "tirsdag 3. juni
 * 2025 kl. 14:30", for what can lie in another year, like a stay's arrival.
 */
export function formatDayAndTime(instant: string, options: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(options.year ? { year: 'numeric' as const } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(instant));
}
