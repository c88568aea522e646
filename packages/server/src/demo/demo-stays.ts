import { addDaysToDate, localDate } from '@havn/domain';
import type { DemoCentre } from '../platform/config/config.ts';
import type { AppContext } from '../platform/context.ts';
import { auditEvent } from '../platform/audit/events.ts';
import { secretBox } from '../platform/crypto/secret-box.ts';
import type { Tx } from '../platform/db/database.ts';
import { newId } from '../platform/ids.ts';
import { createTasks } from '../modules/tasks/index.ts';
import { seedCentres } from './seed-centres.ts';

/**
 * The demo's casework on Bergen's stays, so the stay page is alive: agreement terms (the centre
 * default and two partner municipalities), primary contacts, flags for the night watch, a plan
 * with a measure, a journal note and a task due today. Synthetic text only.
 */
export async function createDemoStays(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
  centre: DemoCentre,
): Promise<void> {
  const now = ctx.clock.now();
  const stamp = now.toISOString();
  const today = localDate(now);
  const seed = seedCentres[centre];
  const [first, second] = seed.partnerMunicipalityNumbers;
  const agreements: [string | null, number, number, boolean][] = [
    [null, 42, 7, false],
    [seed.hostMunicipalityNumber, 42, 7, true],
    ...(first ? [[first, 42, 10, true] as [string, number, number, boolean]] : []),
    ...(second ? [[second, 56, 14, true] as [string, number, number, boolean]] : []),
  ];
  for (const [number, limit, warning, billed] of agreements) {
    await tx
      .insertInto('municipality_agreements')
      .values({
        id: newId(),
        centre_id: centreId,
        municipality_number: number,
        stay_limit_days: limit,
        warning_days: warning,
        bill_days_beyond: billed ? 1 : 0,
        updated_by: 'system:demo',
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      })
      .execute();
  }
  if (centre !== 'bergen') return;

  const staff = new Map(
    (
      await tx
        .selectFrom('staff_users')
        .select(['id', 'username'])
        .where('centre_id', '=', centreId)
        .execute()
    ).map((s) => [s.username, s.id]),
  );
  const coordinator = staff.get('koordinator')!;
  const childrenCoordinator = staff.get('barnekoordinator')!;
  const stays = new Map(
    (
      await tx
        .selectFrom('stays')
        .innerJoin('persons', 'persons.id', 'stays.person_id')
        .select(['stays.id', 'stays.person_id', 'persons.alias'])
        .where('stays.centre_id', '=', centreId)
        .where('stays.departure_at', 'is', null)
        .execute()
    ).map((s) => [s.alias ?? '', s]),
  );
  const box = secretBox(ctx.config.encryptionKey);
  // Who works which stay, where each resident comes from, and what the night watch must know.
  const casework: {
    alias: string;
    home: string | undefined;
    primary: string;
    childResponsible: string | null;
    flags?: { noVisitors: boolean; searching: boolean; note: string | null };
  }[] = [
    {
      alias: 'Lilje',
      home: seed.hostMunicipalityNumber,
      primary: coordinator,
      childResponsible: childrenCoordinator,
      flags: { noVisitors: true, searching: false, note: null },
    },
    {
      alias: 'Furu',
      home: first,
      primary: coordinator,
      childResponsible: childrenCoordinator,
      flags: { noVisitors: true, searching: true, note: 'Ikke bekreft at hun bor her (demo)' },
    },
    { alias: 'Måke', home: second, primary: coordinator, childResponsible: null },
  ];
  for (const item of casework) {
    const stay = stays.get(item.alias);
    if (!stay) continue;
    await tx
      .updateTable('stays')
      .set({ primary_contact_id: item.primary, child_responsible_id: item.childResponsible })
      .where('id', '=', stay.id)
      .execute();
    if (item.home) {
      await tx
        .updateTable('persons')
        .set({ home_municipality_number: item.home })
        .where('id', '=', stay.person_id)
        .execute();
      await tx
        .updateTable('stays')
        .set({ home_municipality_number: item.home })
        .where('id', '=', stay.id)
        .execute();
    }
    if (item.flags) {
      await tx
        .insertInto('stay_flags')
        .values({
          id: newId(),
          stay_id: stay.id,
          centre_id: centreId,
          no_visitors: item.flags.noVisitors ? 1 : 0,
          perpetrator_searching: item.flags.searching ? 1 : 0,
          safety_note_sealed: item.flags.note ? box.seal(item.flags.note) : null,
          updated_by: 'system:demo',
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        })
        .execute();
    }
  }

  const lilje = stays.get('Lilje');
  if (lilje) {
    await tx
      .insertInto('stay_plans')
      .values({
        id: newId(),
        centre_id: centreId,
        stay_id: lilje.id,
        goals_sealed: box.seal('Trygg bolig innen seks uker. Barna tilbake i skole og barnehage.'),
        review_interval_days: 14,
        last_reviewed_at: null,
        last_reviewed_by: null,
        next_review_on: addDaysToDate(today, 2),
        created_by: 'system:demo',
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      })
      .execute();
    const task = (description: string, source: string, dueOn: string) => ({
      case: { type: 'stay' as const, id: lilje.id },
      description,
      ownerUserId: coordinator,
      dueOn,
      source,
    });
    await createTasks(ctx, tx, { centreId, userId: 'system:demo' }, [
      task('Søke kommunal bolig sammen med henne', 'plan', addDaysToDate(today, 7)),
      task('Ringe NAV om nødhjelp', 'manual', today),
    ]);
    await tx
      .insertInto('journal_notes')
      .values({
        id: newId(),
        centre_id: centreId,
        stay_id: lilje.id,
        person_id: lilje.person_id,
        type: 'conversation',
        channel: null,
        parent_present: null,
        body_sealed: box.seal(
          'Samtale om hvordan de første dagene har vært. Hun sover bedre, og ønsker hjelp med bolig (demo).',
        ),
        corrects_id: null,
        author_id: coordinator,
        written_at: new Date(now.getTime() - 86_400_000).toISOString(),
      })
      .execute();
  }
  await auditEvent(tx, ctx, {
    centreId,
    actor: 'system:demo',
    verb: 'create',
    action: 'stays.demo_load',
    outcome: 'success',
    recordType: 'centre',
    recordId: centreId,
    fields: ['agreements', 'primary_contacts', 'flags', 'plan', 'tasks', 'journal_notes'],
  });
}
