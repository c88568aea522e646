/** What other modules may use of access: everything else in this folder is its own. */
export { assertMayAssignPrimaryContact, recordAddressAccess } from './address-access.ts';
export { accessRoutes } from './routes.ts';
