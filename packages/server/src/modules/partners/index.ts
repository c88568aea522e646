/** What other modules may use of partners: everything else in this folder is its own. */
export { partnersOfCentre, type PartnerRef } from './lookup.ts';
export { partnerRoutes } from './routes.ts';
export { assertPartnersOfCentre, insertPartner } from './service.ts';
