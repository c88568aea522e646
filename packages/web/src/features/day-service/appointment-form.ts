import type { TFunction } from 'i18next';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A query parameter that is an id, or null: anything else in the address is ignored. */
export const uuidParam = (value: string | null) =>
  value && uuidPattern.test(value) ? value : null;

export type Field = 'person' | 'date' | 'start' | 'end' | 'place' | 'staff' | 'transport';
export type Errors = Partial<Record<Field, string>>;

/** A text field's value, or null when left empty. */
export const text = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/** Where each problem with a booking shows, and what it says: the same found here or by the API. */
const problems = {
  ends_before_start: ['end', 'endsBeforeStart'],
  too_long: ['end', 'tooLong'],
  outside_needs_staff: ['staff', 'outsideNeedsStaff'],
  unknown_staff: ['staff', 'unknownStaff'],
  transport_needs_outside: ['transport', 'transportNeedsOutside'],
} as const satisfies Record<string, readonly [Field, string]>;

/** Puts each known problem on its field (a later one on the same field wins); others are left out. */
export function problemErrors(t: TFunction, codes: readonly string[], into: Errors = {}): Errors {
  for (const code of codes) {
    if (!Object.hasOwn(problems, code)) continue;
    const [field, key] = problems[code as keyof typeof problems];
    into[field] = t(`dayService.appointmentForm.errors.${key}`);
  }
  return into;
}
