import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { demoUser, loginAs, startShift, withDemoCentre, type Session } from '../../../test/auth.ts';

/**
 * Issue 13 #8: the night watch reads the contact log of the past month, yet a colleague's note
 * is for the shift it belongs to, or for the primary contact of the person it names. Others see
 * that the contact happened, and that its note is not theirs to read.
 */
let t: TestApp;
let watch: Session;
let coordinator: Session;
let leader: Session;

beforeEach(async () => {
  // 20:00 in Oslo, the evening before the night watch's shift.
  t = await testApp({ start: new Date('2026-11-23T19:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  watch = await loginAs(t, 'night_watch');
  coordinator = await loginAs(t, 'coordinator');
  leader = await loginAs(t, 'unit_leader');
});
afterEach(async () => t.close());

/** Hours later: sessions idle that long have ended, so everyone logs in again. */
async function hoursLater(hours: number) {
  t.clock.advance(hours * 3_600_000);
  watch = await loginAs(t, 'night_watch');
  coordinator = await loginAs(t, 'coordinator');
  leader = await loginAs(t, 'unit_leader');
}

const send = (session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

const logCall = async (session: Session, notes: string, personId: string | null = null) => {
  const res = await send(session, 'POST', '/api/contacts', {
    channel: 'phone',
    contactBy: 'person_at_risk',
    topics: ['psychological'],
    urgency: 'high',
    actions: ['advice'],
    notes,
    personId,
    openedAt: t.clock.now().toISOString(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

const listed = async (session: Session) =>
  (await send(session, 'GET', '/api/contacts')).json().items as {
    id: string;
    hasNotes: boolean;
    noteHidden: string | null;
  }[];

const readFields = async (id: string) =>
  (
    await t.database.db
      .selectFrom('audit_entries')
      .select('fields')
      .where('record_id', '=', id)
      .where('action', '=', 'contacts.read')
      .orderBy('seq')
      .execute()
  ).map((e) => JSON.parse(e.fields as string) as string[]);

describe("a colleague's contact note is for the shift it belongs to (issue 13 #8)", () => {
  it('hides a note logged before her shift from the night watch, and shows the ones of her shift', async () => {
    const before = await logCall(coordinator, 'Ringte om kvelden, mannen står utenfor.');
    await hoursLater(2); // 22:00: the night shift begins.
    expect((await startShift(t, watch)).statusCode).toBe(200);
    await hoursLater(1);
    const during = await logCall(coordinator, 'Ringte igjen i natt, trygg hos søsteren.');

    expect(await listed(watch)).toEqual([
      expect.objectContaining({ id: during, hasNotes: true, noteHidden: null }),
      expect.objectContaining({ id: before, hasNotes: true, noteHidden: 'not_your_shift' }),
    ]);

    const hidden = await send(watch, 'GET', `/api/contacts/${before}`);
    expect(hidden.statusCode, hidden.body).toBe(200);
    // The contact's metadata, without the note.
    expect(hidden.json()).toMatchObject({
      channel: 'phone',
      topics: ['psychological'],
      hasNotes: true,
      noteHidden: 'not_your_shift',
      notes: null,
    });
    expect(hidden.body).not.toContain('utenfor');
    expect(await readFields(before)).toEqual([expect.not.arrayContaining(['notes'])]);

    const shown = await send(watch, 'GET', `/api/contacts/${during}`);
    expect(shown.json()).toMatchObject({
      noteHidden: null,
      notes: expect.stringContaining('søsteren'),
    });
    expect(await readFields(during)).toEqual([expect.arrayContaining(['notes'])]);
  });

  it('shows the unit leader and the author every note, and the primary contact those about her person', async () => {
    const { id: personId } = (
      await send(leader, 'POST', '/api/people', { alias: 'Lyng', confirmNotDuplicate: true })
    ).json();
    const watchId = (
      await t.database.db
        .selectFrom('staff_users')
        .select('id')
        .where('username', '=', demoUser('night_watch'))
        .executeTakeFirstOrThrow()
    ).id;
    const opened = await send(leader, 'POST', '/api/day-users', {
      personId,
      firstContactBy: 'self',
      primaryContactId: watchId,
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const aboutHer = await logCall(leader, 'Lyng spurte etter nattevakten.', personId);
    const other = await logCall(leader, 'Anonym oppringning om natten.');
    await hoursLater(2);
    expect((await startShift(t, watch)).statusCode).toBe(200);

    const byId = new Map((await listed(watch)).map((c) => [c.id, c.noteHidden]));
    expect(byId.get(aboutHer)).toBeNull();
    expect(byId.get(other)).toBe('not_your_shift');
    expect((await send(watch, 'GET', `/api/contacts/${aboutHer}`)).json().notes).toContain(
      'nattevakten',
    );

    expect((await listed(leader)).every((c) => c.noteHidden === null)).toBe(true);
    expect((await send(leader, 'GET', `/api/contacts/${other}`)).json().notes).toContain('Anonym');
  });

  it('keeps a coordinator on a later shift from the note too, and refuses rewriting a note she may not read', async () => {
    const watchesCall = await logCall(watch, 'Nattevaktens notat.');
    await hoursLater(12);
    expect((await startShift(t, coordinator)).statusCode).toBe(200);
    const read = await send(coordinator, 'GET', `/api/contacts/${watchesCall}`);
    expect(read.json()).toMatchObject({ noteHidden: 'not_your_shift', notes: null });

    const rewrite = await send(coordinator, 'PATCH', `/api/contacts/${watchesCall}`, {
      version: 1,
      notes: 'Overskrevet',
    });
    expect(rewrite.statusCode).toBe(403);
    expect(rewrite.json().error.reason).toBe('note_hidden');
    const urgency = await send(coordinator, 'PATCH', `/api/contacts/${watchesCall}`, {
      version: 1,
      urgency: 'low',
    });
    expect(urgency.statusCode, urgency.body).toBe(200);
    expect((await send(watch, 'GET', `/api/contacts/${watchesCall}`)).json().notes).toBe(
      'Nattevaktens notat.',
    );
  });
});
