/** What other modules may use of staff: everything else in this folder is its own. */
export { staffNames, staffOfCentre } from './names.ts';
export { staffRoutes } from './routes.ts';
export { staffIdParams } from './schema.ts';
export {
  createStaff,
  deactivateStaff,
  resetPassword,
  resetSecondFactor,
  staffByUsername,
} from './service.ts';
export { shiftRoutes } from './shifts.ts';
