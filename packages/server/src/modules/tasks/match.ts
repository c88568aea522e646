import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../../platform/db/tables.ts';
import type { TaskMatch } from './model.ts';

/** The SQL condition of a `TaskMatch`; a match without cases matches nothing. */
export function matching(match: TaskMatch) {
  return (eb: ExpressionBuilder<Database, 'case_tasks'>) =>
    eb.and([
      eb.or(
        match.cases.map((c) => eb.and([eb('case_type', '=', c.type), eb('case_id', '=', c.id)])),
      ),
      ...(match.source !== undefined ? [eb('source', '=', match.source)] : []),
      ...(match.sourceRefs !== undefined
        ? [eb('source_ref', 'in', match.sourceRefs.length > 0 ? match.sourceRefs : [''])]
        : []),
    ]);
}
