import type { Role } from '@havn/domain';
import type { AppContext } from '../platform/context.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { secretBox } from '../platform/crypto/secret-box.ts';
import type { Tx } from '../platform/db/database.ts';
import { newId } from '../platform/ids.ts';

/**
 * One demo account per role. The password and the TOTP secret are the same for all and are
 * published — on the console and the login page — in demo mode only; production refuses demo data.
 */
export const demoPassword = 'trygg-havn-demo';
export const demoTotpSecret = 'HAVNDEMOHAVNDEMOHAVNDEMOHAVNDEMO';

export const demoAccounts: { username: string; role: Role; displayName: string }[] = [
  { username: 'enhetsleder', role: 'unit_leader', displayName: 'Eva Enhetsleder (demo)' },
  { username: 'koordinator', role: 'coordinator', displayName: 'Kari Koordinator (demo)' },
  {
    username: 'barnekoordinator',
    role: 'children_coordinator',
    displayName: 'Berit Barnekoordinator (demo)',
  },
  { username: 'nattevakt', role: 'night_watch', displayName: 'Nils Nattevakt (demo)' },
  { username: 'ringevikar', role: 'on_call_substitute', displayName: 'Rita Ringevikar (demo)' },
  { username: 'okonomi', role: 'finance', displayName: 'Øystein Økonomi (demo)' },
  { username: 'admin', role: 'system_admin', displayName: 'Astrid Admin (demo)' },
  { username: 'kommune', role: 'municipality_contact', displayName: 'Kim Kommunekontakt (demo)' },
];

/** Demo names are per centre, so several demo centres can share a database. */
export const demoUsername = (centreSlug: string, account: string) =>
  centreSlug === 'bergen' ? account : `${account}.${centreSlug}`;

export async function createDemoStaff(
  ctx: AppContext,
  tx: Tx,
  centre: { id: string; slug: string; firstPartner: string | undefined },
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const passwordHash = await hashPassword(demoPassword);
  const box = secretBox(ctx.config.encryptionKey);
  for (const account of demoAccounts) {
    const id = newId();
    await tx
      .insertInto('staff_users')
      .values({
        id,
        centre_id: centre.id,
        username: demoUsername(centre.slug, account.username),
        display_name: account.displayName,
        password_hash: passwordHash,
        totp_secret: box.seal(demoTotpSecret),
        totp_pending_secret: null,
        totp_enabled_at: now,
        totp_last_step: null,
        activation_hash: null,
        activation_expires_at: null,
        municipality_number:
          account.role === 'municipality_contact' ? (centre.firstPartner ?? null) : null,
        police_certificate_date: '2025-01-06',
        confidentiality_declaration_date: '2025-01-06',
        active: 1,
        deactivated_at: null,
        is_demo: 1,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await tx
      .insertInto('staff_roles')
      .values({ user_id: id, role: account.role, granted_at: now })
      .execute();
  }
}
