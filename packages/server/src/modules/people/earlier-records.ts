import type { Actor, DuplicateSuggestion } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import type { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';

/**
 * An earlier record that a match recognised, for someone who may not open it: only that it exists
 * and why it matched. The reference is sealed — the record's id would tell when the person was
 * first registered (ids are time-ordered) and would open other routes to probing — and it is good
 * only for the staff member it was given to, in her centre, for one shift.
 */
export interface EarlierRecord {
  ref: string;
  reason: DuplicateSuggestion['reason'];
}

const refHours = 12;

interface RefContent {
  person: string;
  user: string;
  centre: string;
  until: string;
}

function earlierRecordRef(ctx: AppContext, actor: Actor, personId: string): string {
  const content: RefContent = {
    person: personId,
    user: actor.userId,
    centre: actor.centreId,
    until: new Date(ctx.clock.now().getTime() + refHours * 3_600_000).toISOString(),
  };
  return secretBox(ctx.config.encryptionKey).seal(JSON.stringify(content));
}

/** The person an earlier-record reference names, if it was given to this actor and still holds. */
export function personOfEarlierRecord(ctx: AppContext, actor: Actor, ref: string): string {
  let content: RefContent;
  try {
    content = JSON.parse(secretBox(ctx.config.encryptionKey).open(ref)) as RefContent;
  } catch {
    throw notFound();
  }
  if (
    content.user !== actor.userId ||
    content.centre !== actor.centreId ||
    new Date(content.until).getTime() < ctx.clock.now().getTime()
  )
    throw notFound();
  return content.person;
}

/**
 * The recognised records this actor may not open, as references, each audited on the record: a
 * person's history shows who was told that she had been here before.
 */
export async function earlierRecords(
  ctx: AppContext,
  gateway: PersonalDataGateway,
  tx: Tx,
  action: string,
  closed: readonly DuplicateSuggestion[],
): Promise<EarlierRecord[]> {
  for (const match of closed)
    await gateway.audit(tx, 'person', match.id, 'read', action, ['earlier_record']);
  return closed.map((match) => ({
    ref: earlierRecordRef(ctx, gateway.actor, match.id),
    reason: match.reason,
  }));
}
