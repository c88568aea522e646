import type { FieldProblem } from '../errors/codes.ts';
import { addDaysToDate } from '../time/overnights.ts';

/** What a journal note is about; `one_to_one` is an enesamtale, counted apart in the statistics. */
export const journalNoteTypes = [
  'conversation',
  'practical_help',
  'service_contact',
  'incident',
  'observation',
  'one_to_one',
] as const;
export type JournalNoteType = (typeof journalNoteTypes)[number];

/** How a one-to-one conversation was held: "enesamtale på telefon" is counted separately. */
export const conversationChannels = ['in_person', 'phone'] as const;
export type ConversationChannel = (typeof conversationChannels)[number];

export interface JournalNoteInput {
  type: JournalNoteType;
  /** Whether the note is about a child of the stay rather than the adult. */
  aboutChild: boolean;
  channel: ConversationChannel | null;
  /** For a child's one-to-one conversation: was the parent in the room. */
  parentPresent: boolean | null;
  body: string;
}

/** Longest journal note body, in characters: a long conversation, not a document store. */
export const journalBodyMaxLength = 20_000;

/**
 * What is wrong with a journal note. A one-to-one conversation says how it was held; whether the
 * parent was present is asked of a child's conversation only (children are heard on their own,
 * and the statistics count that); other notes carry neither.
 */
export function journalNoteProblems(note: JournalNoteInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (note.body.trim().length === 0) {
    problems.push({ path: 'body.body', code: 'required', message: 'Write the note' });
  } else if (note.body.length > journalBodyMaxLength) {
    problems.push({ path: 'body.body', code: 'too_long', message: 'The note is too long' });
  }
  if (note.type === 'one_to_one') {
    if (note.channel === null) {
      problems.push({
        path: 'body.channel',
        code: 'required',
        message: 'Say whether the conversation was in person or by phone',
      });
    }
    if (note.aboutChild && note.parentPresent === null) {
      problems.push({
        path: 'body.parentPresent',
        code: 'required',
        message: "Say whether the child's parent was present",
      });
    }
    if (!note.aboutChild && note.parentPresent !== null) {
      problems.push({
        path: 'body.parentPresent',
        code: 'not_applicable',
        message: 'Only for a conversation with a child',
      });
    }
  } else if (note.channel !== null || note.parentPresent !== null) {
    problems.push({
      path: note.channel !== null ? 'body.channel' : 'body.parentPresent',
      code: 'not_applicable',
      message: 'Only for a one-to-one conversation',
    });
  }
  return problems;
}

/** Default interval between reviews of a stay's plan, in days. */
export const defaultPlanReviewIntervalDays = 14;

/** The local date a plan is next due for review: the interval after the last review, else after it was made. */
export function nextPlanReviewOn(fromDate: string, intervalDays: number): string {
  if (!Number.isInteger(intervalDays) || intervalDays < 1) throw new RangeError('Invalid interval');
  return addDaysToDate(fromDate, intervalDays);
}
