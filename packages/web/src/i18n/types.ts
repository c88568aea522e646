/**
 * The shape of a translation file: the same keys, nested the same way, with any strings as
 * values. `export const en: DeepStringRecord<NbTexts>` makes a missing or extra key fail tsc.
 */
export type DeepStringRecord<T> = {
  [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]>;
};
