import { occupantLabel, recordRuleFor, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { currentBeds, loadTransitionHomes, transitionHomeView } from '../capacity/index.ts';
import { openTasksOwnedBy } from '../tasks/index.ts';
import { clockOf } from './household.ts';
import type { myTasksView, residentsView } from './schema.ts';
import { taskViewOf } from './stay-page.ts';

/**
 * The residents' essentials for everyone on duty, night watch included: alias or initials (only
 * for people the actor may open), room and bed, how many children, day of stay, the flags, and
 * the screened unit's check interval. Never journals, never names.
 */
export async function listResidents(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof residentsView>> {
  const { db } = ctx.database;
  const now = ctx.clock.now().toISOString();
  const gateway = new PersonalDataGateway(ctx, actor);
  return db.transaction().execute(async (tx) => {
    const stays = await tx
      .selectFrom('stays')
      .innerJoin('persons', 'persons.id', 'stays.person_id')
      .leftJoin('stay_flags', 'stay_flags.stay_id', 'stays.id')
      .select([
        'stays.id',
        'stays.person_id',
        'stays.centre_id',
        'stays.arrival_at',
        'stays.departure_at',
        'persons.alias',
        'persons.first_name',
        'persons.last_name',
        'stays.home_municipality_number',
        'stay_flags.no_visitors',
        'stay_flags.perpetrator_searching',
        'stay_flags.safety_note_sealed',
      ])
      .where('stays.centre_id', '=', actor.centreId)
      .where('stays.departure_at', 'is', null)
      .where('stays.arrival_at', '<=', now)
      .orderBy('stays.arrival_at')
      .execute();
    const stayIds = stays.map((s) => s.id);
    const [beds, children, visiblePersons, openableStays, homes] = await Promise.all([
      currentBeds(tx, stayIds),
      stayIds.length
        ? tx
            .selectFrom('stay_members')
            .select(['stay_id', (eb) => eb.fn.countAll<number>().as('n')])
            .where('stay_id', 'in', stayIds)
            .groupBy('stay_id')
            .execute()
        : [],
      gateway.filter(
        'person',
        stays.map((s) => s.person_id),
        tx,
      ),
      // The stay page is the casework's: the action's role rule and the record's, both.
      gateway.filter('stay', stayIds, tx, recordRuleFor('stays.work')),
      loadTransitionHomes(tx, actor.centreId, ctx.clock.now()),
    ]);
    const childrenOf = new Map(children.map((c) => [c.stay_id, Number(c.n)]));
    const box = secretBox(ctx.config.encryptionKey);
    const items = [];
    for (const s of stays) {
      const bed = beds.get(s.person_id);
      const { clock } = await clockOf(ctx, tx, s, s.home_municipality_number);
      items.push({
        stayId: s.id,
        // Those who work the stay (its primary contact, say) know whom it is for.
        label:
          visiblePersons.has(s.person_id) || openableStays.has(s.id)
            ? occupantLabel({ alias: s.alias, firstName: s.first_name, lastName: s.last_name })
            : null,
        room: bed?.roomName ?? null,
        bed: bed?.bedLabel ?? null,
        unit: bed?.unitName ?? null,
        childrenCount: childrenOf.get(s.id) ?? 0,
        dayOfStay: clock.dayOfStay,
        clockStatus: clock.status,
        noVisitors: s.no_visitors === 1,
        perpetratorSearching: s.perpetrator_searching === 1,
        safetyNote: s.safety_note_sealed ? box.open(s.safety_note_sealed) : null,
        staffCheckIntervalMinutes: bed?.screening?.staffCheckIntervalMinutes ?? null,
        transitionHome: transitionHomeView(homes.get(s.id)),
        canOpen: openableStays.has(s.id),
      });
    }
    await gateway.audit(tx, null, null, 'read', 'stays.list_residents', [
      'label',
      'room',
      'children_count',
      'day_of_stay',
      'flags',
    ]);
    return { items };
  });
}

/** The open tasks on stays that the actor owns, earliest due first: the start page's reminders. */
export async function myStayTasks(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof myTasksView>> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return ctx.database.db.transaction().execute(async (tx) => {
    const tasks = await openTasksOwnedBy(ctx, tx, actor, 'stay', 50);
    const stayIds = [...new Set(tasks.map((t) => t.caseId))];
    const adults =
      stayIds.length === 0
        ? []
        : await tx
            .selectFrom('stays')
            .innerJoin('persons', 'persons.id', 'stays.person_id')
            .select([
              'stays.id as stay_id',
              'persons.id as person_id',
              'persons.alias',
              'persons.first_name',
              'persons.last_name',
            ])
            .where('stays.id', 'in', stayIds)
            .execute();
    const adultOf = new Map(adults.map((a) => [a.stay_id, a]));
    const rows = tasks.flatMap((t) => {
      const adult = adultOf.get(t.caseId);
      return adult ? [{ ...adult, task: t }] : [];
    });
    const [visible, openable] = await Promise.all([
      gateway.filter(
        'person',
        rows.map((r) => r.person_id),
        tx,
      ),
      gateway.filter(
        'stay',
        rows.map((r) => r.stay_id),
        tx,
      ),
    ]);
    await gateway.audit(tx, null, null, 'read', 'stays.my_tasks', ['tasks']);
    return {
      items: rows
        .map((r) => ({
          ...taskViewOf(r.task),
          owner: null,
          stayId: r.stay_id,
          label:
            visible.has(r.person_id) || openable.has(r.stay_id)
              ? occupantLabel({ alias: r.alias, firstName: r.first_name, lastName: r.last_name })
              : null,
        }))
        .sort((a, b) => (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31')),
    };
  });
}
