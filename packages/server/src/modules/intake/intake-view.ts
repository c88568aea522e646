import {
  childSexOf,
  firstIncompleteStep,
  localDate,
  mayShare,
  missingBeforeMoveIn,
  type Actor,
  type HelpNeeds,
  type IntakeTargetGroup,
  type IntakeTaskRef,
  type ScreenedAnswers,
  type ScreenedExclusion,
} from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { displayName } from '../people/index.ts';
import { staffNames } from '../staff/index.ts';
import { tasksOfCases } from '../tasks/index.ts';
import {
  asConsents,
  boxOf,
  consentsOf,
  openJson,
  stepsOf,
  taskCase,
  withIntake,
  type IntakeRow,
} from './records.ts';
import type { intakeView } from './schema.ts';

type View = z.infer<typeof intakeView>;

/** The sealed eligibility details. */
export interface EligibilityDetails {
  dangerToSelfOrOthers: boolean;
  screened: ScreenedAnswers | null;
  /** What a screened unit refuses the person for («ikke aktuell»); absent before issue 13. */
  screenedRefusal?: ScreenedExclusion[];
}
/** The sealed exclusion decision. */
export interface ExclusionDecision {
  decision: 'excluded';
  reason: string;
  decidedBy: string;
  decidedOn: string;
}

/** The whole intake as those working it see it (an anonymous resident's identity excepted). */
export async function viewOf(ctx: AppContext, actor: Actor, tx: Tx, row: IntakeRow): Promise<View> {
  const box = boxOf(ctx);
  const [person, members, consents, tasks, notices, municipality] = await Promise.all([
    tx
      .selectFrom('persons')
      .select(['alias', 'first_name', 'last_name', 'gender', 'home_municipality_number'])
      .where('id', '=', row.person_id)
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('intake_members')
      .innerJoin('persons', 'persons.id', 'intake_members.person_id')
      .select(['persons.id', 'alias', 'first_name', 'last_name', 'birth_date', 'gender', 'age'])
      .where('intake_members.intake_id', '=', row.id)
      .orderBy('persons.birth_date')
      .execute(),
    consentsOf(tx, row),
    tasksOfCases(ctx, tx, taskCase(row).type, [taskCase(row).id]),
    tx
      .selectFrom('intake_notices')
      .select(['recipient', 'sent_on', 'sent_by'])
      .where('intake_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    row.home_municipality_number
      ? tx
          .selectFrom('municipalities')
          .select(['number', 'name'])
          .where('number', '=', row.home_municipality_number)
          .executeTakeFirst()
      : undefined,
  ]);
  const names = await staffNames(tx, actor.centreId, [
    row.primary_contact_id,
    row.child_responsible_id,
    ...notices.map((n) => n.sent_by),
    ...consents.map((c) => c.recordedBy),
  ]);
  const staff = (staffId: string | null) =>
    staffId ? { id: staffId, name: names.get(staffId) ?? '' } : null;
  const details = openJson<EligibilityDetails>(box, row.eligibility_sealed);
  const exclusion = openJson<ExclusionDecision>(box, row.exclusion_sealed);
  const steps = stepsOf(row);
  const today = localDate(ctx.clock.now());
  const standing = asConsents(consents);
  return {
    id: row.id,
    status: row.status,
    person: {
      id: row.person_id,
      displayName: displayName(person),
      gender: person.gender,
      homeMunicipalityNumber: person.home_municipality_number,
    },
    children: members.map((m) => ({
      id: m.id,
      displayName: displayName(m),
      birthDate: m.birth_date,
      age: m.age ?? null,
      sex: childSexOf(m.gender),
    })),
    originContactId: row.origin_contact_id,
    stepsSaved: steps,
    nextStep: firstIncompleteStep(steps),
    missingBeforeMoveIn: missingBeforeMoveIn(steps),
    consents: consents.map((c) => ({ ...c, recordedBy: staff(c.recordedBy)! })),
    mayShare: {
      home_municipality: mayShare(standing, 'home_municipality', today),
      nav: mayShare(standing, 'nav', today),
    },
    anonymous: row.identity_sealed !== null,
    eligibility: {
      targetGroups: JSON.parse(row.target_groups) as IntakeTargetGroup[],
      homeMunicipality: municipality ?? null,
      outsideCooperation: row.outside_cooperation === 1,
      meetsScreenedCriteria: row.meets_screened_criteria === 1,
      screenedRefusal: details?.screenedRefusal ?? [],
      dangerToSelfOrOthers: details?.dangerToSelfOrOthers ?? false,
      exclusionReason: exclusion?.reason ?? null,
      screened: details?.screened
        ? { ...details.screened, vulnerabilities: [...details.screened.vulnerabilities] }
        : null,
    },
    helpNeeds: openJson<HelpNeeds>(box, row.help_needs_sealed) ?? {},
    flags: {
      forcedMarriageSuspected: row.forced_marriage_suspected === 1,
      asylumSeeker: row.asylum_seeker === 1,
    },
    primaryContact: staff(row.primary_contact_id),
    childResponsible: staff(row.child_responsible_id),
    tasks: (tasks.get(taskCase(row).id) ?? []).map((t) => ({
      id: t.id,
      description: t.description,
      ref: t.sourceRef as IntakeTaskRef | null,
      doneAt: t.doneAt,
    })),
    notices: notices.map((n) => ({
      recipient: n.recipient,
      sentOn: n.sent_on,
      sentBy: staff(n.sent_by)!,
    })),
    stayId: row.stay_id,
    createdAt: row.created_at,
    version: row.version,
  };
}

export const readFields = [
  'person',
  'members',
  'consents',
  'eligibility',
  'exclusion',
  'help_needs',
  'flags',
  'primary_contact_id',
  'child_responsible_id',
  'tasks',
  'notices',
];

export function getIntake(ctx: AppContext, actor: Actor, id: string) {
  return withIntake(ctx, actor, id, 'read', 'intake.read', readFields, null, (tx, row) =>
    viewOf(ctx, actor, tx, row),
  );
}
