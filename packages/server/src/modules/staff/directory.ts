import { caseworkRoles, roles, type Role } from '@havn/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';

export const staffDirectoryResponse = z.object({
  staff: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(roles)) })),
});
export type StaffDirectory = z.infer<typeof staffDirectoryResponse>;

/**
 * Colleagues one can name as the staff who go, the owner of a task or a primary contact: the
 * active casework staff of the actor's centre. Names and roles only — the staff screen, with
 * e-mail, clearance dates and sessions, stays with those who manage accounts.
 */
export async function staffDirectory(ctx: AppContext, centreId: string): Promise<StaffDirectory> {
  const rows = await ctx.database.db
    .selectFrom('staff_users')
    .innerJoin('staff_roles', 'staff_roles.user_id', 'staff_users.id')
    .where('staff_users.centre_id', '=', centreId)
    .where('staff_users.active', '=', 1)
    .select(['staff_users.id', 'staff_users.display_name', 'staff_roles.role'])
    .orderBy('staff_users.display_name')
    .orderBy('staff_users.id')
    .execute();
  const byId = new Map<string, { id: string; name: string; roles: Role[] }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, name: row.display_name, roles: [] };
    entry.roles.push(row.role);
    byId.set(row.id, entry);
  }
  const staff = [...byId.values()]
    .filter((s) => s.roles.some((r) => caseworkRoles.includes(r)))
    .map((s) => ({ ...s, roles: roles.filter((r) => s.roles.includes(r)) }));
  return { staff };
}

export function staffDirectoryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/staff/directory',
      {
        config: { access: 'staff.directory' },
        schema: {
          tags: ['staff'],
          summary: 'Active casework colleagues of my centre: names and roles only',
          response: { 200: staffDirectoryResponse },
        },
      },
      async (request) => staffDirectory(ctx, request.actor!.centreId),
    );
  };
}
