import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { changeStaff, event, type StaffActor } from './change-staff.ts';

/** Registers the police certificate (§7) and confidentiality declaration (§5) dates. */
export async function updateDuties(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    version: number;
    policeCertificateDate: string | null;
    confidentialityDeclarationDate: string | null;
  },
) {
  const now = ctx.clock.now();
  const change = {
    kind: 'register_duties',
    duties: ['police_certificate', 'confidentiality_declaration'],
  } as const;
  return changeStaff(ctx, actor, id, 'staff.update_duties', change, async (tx, target) => {
    await claimVersion(tx, 'staff_users', id, input.version, now);
    await tx
      .updateTable('staff_users')
      .set({
        police_certificate_date: input.policeCertificateDate,
        confidentiality_declaration_date: input.confidentialityDeclarationDate,
      })
      .where('id', '=', id)
      .execute();
    await auditEvent(
      tx,
      ctx,
      event(actor, target.centreId, 'staff.update_duties', 'update', id, [
        'police_certificate_date',
        'confidentiality_declaration_date',
      ]),
    );
    return { version: input.version + 1 };
  });
}
