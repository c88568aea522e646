/**
 * Staff roles. English in code; the web app shows the Norwegian names (enhetsleder, koordinator…).
 */
export const roles = [
  'unit_leader',
  'coordinator',
  'children_coordinator',
  'night_watch',
  'on_call_substitute',
  'finance',
  'system_admin',
  'municipality_contact',
] as const;

export type Role = (typeof roles)[number];
