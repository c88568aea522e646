import type { CaseTaskTable } from '../../platform/db/tables.ts';

/** The case a task belongs to: a stay, an intake (until its stay starts), a day-user or follow-up case. */
export interface CaseRef {
  type: CaseTaskTable['case_type'];
  id: string;
}

/** A task as other modules see it: the description opened, the owners' names beside their ids. */
export interface Task {
  id: string;
  caseType: CaseTaskTable['case_type'];
  caseId: string;
  description: string;
  source: string;
  sourceRef: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  ownerPartnerId: string | null;
  partnerName: string | null;
  dueOn: string | null;
  doneAt: string | null;
  doneBy: string | null;
  doneByName: string | null;
  version: number;
}

/**
 * Which tasks a batch change touches: those of any of `cases`, narrowed to a source and, within
 * it, to some `source_ref`s (an intake flag's rule, an incident's id, a move-out step's kind).
 */
export interface TaskMatch {
  cases: readonly CaseRef[];
  source?: string;
  sourceRefs?: readonly string[];
}
