import { adultGenders } from '@havn/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';

/**
 * The household a contact describes, as "Finn plass til" asks for it: the adult's gender and the
 * children's ages. It goes along to the place search and to the intake, so nobody asks again.
 */
export const household = z.object({
  adultGender: z.enum(adultGenders),
  children: z
    .array(z.object({ age: z.number().int().min(0).max(17) }))
    .max(10)
    .default([]),
});
export type Household = z.infer<typeof household>;

export const sealHousehold = (ctx: AppContext, value: Household | null): string | null =>
  value ? secretBox(ctx.config.encryptionKey).seal(JSON.stringify(value)) : null;

export const openHousehold = (ctx: AppContext, sealed: string | null | undefined) =>
  sealed ? household.parse(JSON.parse(secretBox(ctx.config.encryptionKey).open(sealed))) : null;
