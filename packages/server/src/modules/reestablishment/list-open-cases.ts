import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { displayName } from '../people/index.ts';
import type { caseList } from './schema.ts';

type CaseList = z.infer<typeof caseList>['items'];

/** The open cases the actor may open, newest first; each listing is a read of the person. */
export async function listOpenCases(ctx: AppContext, actor: Actor): Promise<CaseList> {
  const { db } = ctx.database;
  const rows = await db
    .selectFrom('reestablishment_cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .leftJoin('staff_users as s', 's.id', 'c.primary_contact_id')
    .select([
      'c.id',
      'c.person_id',
      'c.housing',
      'c.started_on',
      'c.primary_contact_id',
      's.display_name as primary_name',
      'p.alias',
      'p.first_name',
      'p.last_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('reestablishment_contacts as k')
        .whereRef('k.case_id', '=', 'c.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('contacts'),
      eb
        .selectFrom('reestablishment_contacts as k')
        .whereRef('k.case_id', '=', 'c.id')
        .select((s) => s.fn.max('contact_date').as('d'))
        .as('last_contact'),
    ])
    .where('c.centre_id', '=', actor.centreId)
    .where('c.ended_on', 'is', null)
    .orderBy('c.started_on', 'desc')
    .limit(200)
    .execute();
  const visible = await new PersonalDataGateway(ctx, actor).readList(
    'reestablishment_case',
    rows,
    (r) => r.id,
    'reestablishment.list',
    ['person', 'started_on'],
  );
  return visible.map((r) => ({
    id: r.id,
    person: { id: r.person_id, displayName: displayName(r) },
    housing: r.housing,
    startedOn: r.started_on,
    primaryContact: r.primary_contact_id
      ? { id: r.primary_contact_id, name: r.primary_name ?? '' }
      : null,
    contacts: Number(r.contacts ?? 0),
    lastContact: (r.last_contact as string | null) ?? null,
  }));
}
