/** A person's gender as staff recorded it; 'unknown' when not asked or not known. */
export const genders = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof genders)[number];

/** Protected address (fortrolig / strengt fortrolig adresse), as the population register gives it. */
export const addressProtections = ['none', 'confidential', 'strictly_confidential'] as const;
export type AddressProtection = (typeof addressProtections)[number];

/** How a child is linked to an adult. */
export const childRelations = ['parent', 'step_parent', 'guardian', 'other'] as const;
export type ChildRelation = (typeof childRelations)[number];
