import { fieldProblem, targetGroupsFromTopics, type IntakeTargetGroup } from '@havn/domain';
import type { z } from 'zod';
import type { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { PersonTable } from '../../platform/db/tables.ts';
import { invalid } from '../../platform/http/errors.ts';
import { contactForCase, openHousehold } from '../contacts/index.ts';
import type { startBody } from './schema.ts';

type FromContactInput = Extract<z.infer<typeof startBody>, { contactId: string }>;

/** What an intake takes from the contact it grows out of. */
export interface FromContact {
  /** The contact's person; null when she is to be registered with the intake (`register`). */
  personId: string | null;
  register: { contactId: string; version: number; columns: Partial<PersonTable> } | null;
  /** The household's children, each with the alias given and the age the contact gave. */
  children: { alias: string; age: number }[];
  suggested: IntakeTargetGroup[];
}

/**
 * Opens the contact (audited as `intake.from_contact`) and reads what the intake takes from it:
 * the person, or for an anonymous call the alias she is to be registered by; the topics as a
 * first suggestion of target groups; the household, whose children come along when the caller
 * gives an alias for each.
 */
export async function contactToStartFrom(
  ctx: AppContext,
  gateway: PersonalDataGateway,
  input: FromContactInput,
): Promise<FromContact> {
  const contact = await gateway.open(
    'contact',
    input.contactId,
    'read',
    'intake.from_contact',
    ['person_id', 'topics', 'household_sealed'],
    (tx) => contactForCase(tx, input.contactId),
  );
  const household = openHousehold(ctx, contact.household_sealed);
  const expected = household?.children ?? [];
  const problems = [
    ...(contact.person_id === null && input.alias === undefined
      ? [fieldProblem('body.alias', 'alias_missing', 'Give the anonymous caller an alias')]
      : []),
    ...(input.childAliases.length > 0 && input.childAliases.length !== expected.length
      ? [
          fieldProblem(
            'body.childAliases',
            'children_mismatch',
            'One alias for each child of the contact’s household',
          ),
        ]
      : []),
  ];
  if (problems.length > 0) throw invalid(problems);
  return {
    personId: contact.person_id,
    register:
      contact.person_id === null
        ? {
            contactId: input.contactId,
            version: contact.version,
            columns: { alias: input.alias!, gender: household?.adultGender ?? 'unknown' },
          }
        : null,
    children: input.childAliases.map((alias, i) => ({ alias, age: expected[i]!.age })),
    suggested: targetGroupsFromTopics(JSON.parse(contact.topics) as string[]),
  };
}
