/** What other modules may use of municipalities: everything else in this folder is its own. */
export { stayTermsFor } from './agreements.ts';
export type { StayTerms } from './agreements.ts';
export { municipalityChoices } from './choices.ts';
export { assertMunicipalityExists, municipalityNames, type MunicipalityNames } from './register.ts';
export { municipalityRoutes } from './routes.ts';
export { municipalityOptions } from './schema.ts';
