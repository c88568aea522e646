import { z } from 'zod';

/** Typed text turned into what `field` takes, then checked by it. */
type FromText<S extends z.ZodType> = z.ZodPipe<
  z.ZodPipe<z.ZodString, z.ZodTransform<z.input<S>, string>>,
  S
>;

// zod cannot see that a generic field takes what the transform gives: the cast says it once.
const fromText = <S extends z.ZodType>(read: (typed: string) => unknown, field: S) =>
  z
    .string()
    .transform(read)
    .pipe(field as unknown as z.ZodType) as unknown as FromText<S>;

/**
 * A text input's value for a contract field that takes null for "not given": an input holds '',
 * never null, so blank (or only spaces) is null and anything else goes to the field's own rules.
 */
export const blankAsNull = <S extends z.ZodType>(field: S) =>
  fromText((typed) => (typed.trim() === '' ? null : typed), field);

/** A list typed as text, "norsk, arabisk": its items, trimmed, empty ones left out. */
export const typedList = <S extends z.ZodType>(list: S) =>
  fromText(
    (typed) =>
      typed
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    list,
  );
