import { describe, expect, it } from 'vitest';
import { journalNoteProblems, nextPlanReviewOn, type JournalNoteInput } from './journal.ts';

const note = (patch: Partial<JournalNoteInput>): JournalNoteInput => ({
  type: 'conversation',
  aboutChild: false,
  channel: null,
  parentPresent: null,
  body: 'Snakket om bolig.',
  ...patch,
});
const codes = (n: JournalNoteInput) => journalNoteProblems(n).map((p) => `${p.path}:${p.code}`);

describe('journalNoteProblems', () => {
  it('accepts an ordinary note and refuses an empty one', () => {
    expect(codes(note({}))).toEqual([]);
    expect(codes(note({ body: '  ' }))).toEqual(['body.body:required']);
  });

  it('asks a one-to-one conversation for its channel, and a child’s for the parent', () => {
    expect(codes(note({ type: 'one_to_one' }))).toEqual(['body.channel:required']);
    expect(codes(note({ type: 'one_to_one', channel: 'phone' }))).toEqual([]);
    expect(codes(note({ type: 'one_to_one', channel: 'in_person', aboutChild: true }))).toEqual([
      'body.parentPresent:required',
    ]);
    expect(
      codes(
        note({ type: 'one_to_one', channel: 'in_person', aboutChild: true, parentPresent: false }),
      ),
    ).toEqual([]);
    expect(codes(note({ type: 'one_to_one', channel: 'phone', parentPresent: true }))).toEqual([
      'body.parentPresent:not_applicable',
    ]);
  });

  it('refuses a channel on other notes', () => {
    expect(codes(note({ channel: 'phone' }))).toEqual(['body.channel:not_applicable']);
  });
});

describe('nextPlanReviewOn', () => {
  it('counts calendar days across a year end and a leap day', () => {
    expect(nextPlanReviewOn('2026-12-25', 14)).toBe('2027-01-08');
    expect(nextPlanReviewOn('2028-02-20', 14)).toBe('2028-03-05');
    expect(() => nextPlanReviewOn('2026-01-01', 0)).toThrow(RangeError);
  });
});
