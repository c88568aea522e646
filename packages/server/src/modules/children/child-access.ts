import type { Actor, AuditVerb } from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import { displayName } from '../people/index.ts';
import { stayMembers } from '../stays/index.ts';

export interface ChildOfStay {
  id: string;
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  alias: string | null;
  birthDate: string | null;
  addressProtection: 'none' | 'confidential' | 'strictly_confidential';
}

/** The children among a stay's members, oldest first; `personId` narrows to one. */
export async function childrenOfStay(
  db: Db | Tx,
  stayId: string,
  personId?: string,
): Promise<ChildOfStay[]> {
  const members = (await stayMembers(db, [stayId])).get(stayId) ?? [];
  if (members.length === 0) return [];
  let query = db
    .selectFrom('persons')
    .select([
      'persons.id',
      'persons.alias',
      'persons.first_name',
      'persons.last_name',
      'persons.birth_date',
      'persons.address_protection',
    ])
    .where('persons.id', 'in', members)
    .where('persons.is_child', '=', 1);
  if (personId) query = query.where('persons.id', '=', personId);
  const rows = await query.orderBy('persons.birth_date').orderBy('persons.id').execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: displayName(r),
    firstName: r.first_name,
    lastName: r.last_name,
    alias: r.alias,
    birthDate: r.birth_date,
    addressProtection: r.address_protection,
  }));
}

/**
 * Opens one child of a stay. Access is the stay's — its primary contact, its child-responsible
 * staff member, whoever is on shift, the unit leader — or a break-the-glass grant for the child
 * herself, and the child must be one of its members.
 * Both records are audited in the work's transaction: the stay as read (its membership), the
 * child's own person record with `verb` and `fields`.
 */
export function openChild<T>(
  ctx: AppContext,
  actor: Actor,
  ref: { stayId: string; personId: string },
  verb: AuditVerb,
  action: string,
  fields: readonly string[],
  work: (tx: Tx, child: ChildOfStay, gateway: PersonalDataGateway) => Promise<T>,
): Promise<T> {
  const gateway = new PersonalDataGateway(ctx, actor);
  const stay = { type: 'stay', id: ref.stayId } as const;
  const person = { type: 'person', id: ref.personId } as const;
  return gateway.openWithin(stay, person, 'read', action, ['children'], async (tx) => {
    const [child] = await childrenOfStay(tx, ref.stayId, ref.personId);
    if (!child) throw notFound();
    const result = await work(tx, child, gateway);
    await gateway.audit(tx, 'person', child.id, verb, action, fields);
    return result;
  });
}
