import type { z } from 'zod';

export const nothingToChangeMessage =
  'Nothing to change: give at least one field besides the version';

/**
 * An update body that states the version read and some fields, each optional: it must name at
 * least one of them. A body of only the version changes nothing, and is refused with 400 here
 * rather than reaching an UPDATE with nothing to set. Every PATCH body is made with this; the
 * fuzzing test sends each a body of only the version.
 */
export function somethingToChange<T extends z.ZodObject>(schema: T): T {
  return schema.refine(
    (body) =>
      Object.entries(body as Record<string, unknown>).some(
        ([key, value]) => key !== 'version' && value !== undefined,
      ),
    { message: nothingToChangeMessage },
  );
}
