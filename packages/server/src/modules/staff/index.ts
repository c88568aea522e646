/** What other modules may use of staff: everything else in this folder is its own. */
export { staffNames, staffOfCentre } from './names.ts';
export { staffRoutes } from './routes.ts';
export { staffIdParams } from './schema.ts';
export { createStaff } from './create-staff.ts';
export { deactivateStaff } from './deactivate-staff.ts';
export { resetPassword } from './reset-password.ts';
export { resetSecondFactor } from './reset-second-factor.ts';
export { staffByUsername } from './staff-by-username.ts';
export { shiftRoutes } from './shifts.ts';
