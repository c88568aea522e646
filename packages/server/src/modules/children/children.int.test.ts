import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import {
  auditOf,
  get,
  onShift,
  post,
  put,
  stayWithChild,
  type StayWithChild,
} from './test-support.ts';

let t: TestApp;
let leader: Session;
let stay: StayWithChild;

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'trondheim');
  stay = await stayWithChild(t, leader);
});
afterEach(async () => t.close());

const interrupted = {
  institutionKind: 'school',
  status: 'interrupted',
  reason: 'safety',
  fromOn: '2026-11-24',
  notes: 'Far vet hvilken skole hun går på.',
};

describe("a child's page", () => {
  it("lists the stay's children and opens one child's page, audited as the child and the stay", async () => {
    const coordinator = await onShift(t, 'children_coordinator');
    const list = await get(t, coordinator, `/api/stays/${stay.stayId}/children`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      { id: stay.childId, displayName: 'Ida Hansen', birthDate: '2020-02-29', openConcerns: [] },
    ]);
    const page = await get(t, coordinator, stay.childPath);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({
      stayId: stay.stayId,
      child: { id: stay.childId, displayName: 'Ida Hansen' },
      schooling: [],
      activities: [],
      health: null,
      parentContacts: [],
      concerns: [],
    });
    const childAudit = await auditOf(t, stay.childId);
    expect(childAudit.at(-1)).toMatchObject({
      action: 'children.read',
      verb: 'read',
      record_type: 'person',
      outcome: 'success',
    });
    expect(JSON.parse(childAudit.at(-1)!.fields!)).toContain('parent_contacts');
    expect((await auditOf(t, stay.stayId)).at(-1)).toMatchObject({
      action: 'children.read',
      record_type: 'stay',
      fields: JSON.stringify(['children']),
    });
  });

  it('records school interrupted with its reason, refuses it without one, and versions changes', async () => {
    const coordinator = await onShift(t, 'coordinator');
    const missing = await post(t, coordinator, `${stay.childPath}/schooling`, {
      ...interrupted,
      reason: null,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.reason', code: 'reason_required' }),
    ]);
    const atCentre = await post(t, coordinator, `${stay.childPath}/schooling`, {
      ...interrupted,
      status: 'teaching_at_centre',
      reason: null,
    });
    expect(atCentre.json().error.fields[0].code).toBe('home_municipality_responsible');

    const created = await post(t, coordinator, `${stay.childPath}/schooling`, interrupted);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    const raw = await t.database.db
      .selectFrom('child_schooling')
      .select('notes_sealed')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(raw.notes_sealed).not.toContain('skole');

    const later = {
      ...interrupted,
      status: 'teaching_at_centre',
      reason: null,
      homeMunicipalityResponsible: true,
      fromOn: '2026-11-24',
      toOn: '2026-12-18',
    };
    const updated = await put(t, coordinator, `${stay.childPath}/schooling/${id}`, {
      ...later,
      version: 1,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toEqual({ version: 2 });
    const stale = await put(t, coordinator, `${stay.childPath}/schooling/${id}`, {
      ...later,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);

    const page = (await get(t, coordinator, stay.childPath)).json();
    expect(page.schooling).toEqual([
      {
        id,
        institutionKind: 'school',
        status: 'teaching_at_centre',
        reason: null,
        homeMunicipalityResponsible: true,
        fromOn: '2026-11-24',
        toOn: '2026-12-18',
        notes: interrupted.notes,
        version: 2,
      },
    ]);
    const fields = (await auditOf(t, stay.childId))
      .filter((a) => a.action === 'children.add_schooling')
      .map((a) => a.fields);
    expect(fields).toEqual([expect.stringContaining('schooling.reason')]);
    expect(fields.join()).not.toContain('Far vet');
  });

  it('seals the safety notes of a visit with the perpetrator parent at rest', async () => {
    const coordinator = await onShift(t, 'children_coordinator');
    const res = await post(t, coordinator, `${stay.childPath}/parent-contacts`, {
      occursAt: '2026-11-26T14:00:00+01:00',
      kind: 'visit',
      supervisedBy: 'Barnevernet',
      place: 'Familievernkontoret',
      safetyNotes: 'Far må ikke få vite om barnehagen. Avbryt ved trusler.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.database.db
      .selectFrom('parent_contacts')
      .selectAll()
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.safety_notes_sealed).toMatch(/^v1\./);
    expect(row.safety_notes_sealed).not.toContain('barnehagen');
    expect(row.occurs_at).toBe('2026-11-26T13:00:00.000Z');

    const outcome = await put(t, coordinator, `${stay.childPath}/parent-contacts/${row.id}`, {
      occursAt: '2026-11-26T13:00:00Z',
      kind: 'visit',
      supervisedBy: 'Barnevernet',
      place: 'Familievernkontoret',
      safetyNotes: 'Far må ikke få vite om barnehagen. Avbryt ved trusler.',
      outcome: 'broken_off',
      outcomeNotes: 'Far ble sint; besøket ble avbrutt etter 20 minutter.',
      version: 1,
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    const page = (await get(t, coordinator, stay.childPath)).json();
    expect(page.parentContacts[0]).toMatchObject({
      kind: 'visit',
      safetyNotes: 'Far må ikke få vite om barnehagen. Avbryt ved trusler.',
      outcome: 'broken_off',
      version: 2,
    });
  });

  it('keeps health and activities, health edited with its version', async () => {
    const coordinator = await onShift(t, 'coordinator');
    const first = await put(t, coordinator, `${stay.childPath}/health`, {
      needs: ['dentist', 'mental_health'],
      notes: 'Sover dårlig, mareritt.',
    });
    expect(first.json()).toEqual({ version: 1 });
    const again = await put(t, coordinator, `${stay.childPath}/health`, {
      needs: ['dentist'],
      notes: null,
    });
    expect(again.statusCode).toBe(400);
    expect(
      (
        await put(t, coordinator, `${stay.childPath}/health`, {
          version: 1,
          needs: ['dentist'],
          notes: 'Tannlege bestilt.',
        })
      ).json(),
    ).toEqual({ version: 2 });
    const activity = await post(t, coordinator, `${stay.childPath}/activities`, {
      kind: 'outing',
      date: '2026-11-25',
      note: 'Tur til Bymarka',
    });
    expect(activity.statusCode).toBe(201);
    const raw = await t.database.db
      .selectFrom('child_health')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(raw.notes_sealed).not.toContain('Tannlege');
    const page = (await get(t, coordinator, stay.childPath)).json();
    expect(page.health).toEqual({ needs: ['dentist'], notes: 'Tannlege bestilt.', version: 2 });
    expect(page.activities).toMatchObject([{ kind: 'outing', date: '2026-11-25' }]);
  });

  it('opens for the child-responsible staff member off shift, not for a colleague off shift', async () => {
    const responsible = await loginAs(t, 'children_coordinator', 'trondheim');
    const colleague = await loginAs(t, 'coordinator', 'trondheim');
    expect((await get(t, responsible, stay.childPath)).statusCode).toBe(404);
    const user = await t.database.db
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', 'barnekoordinator.trondheim')
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('stays')
      .set({ child_responsible_id: user.id })
      .where('id', '=', stay.stayId)
      .execute();
    expect((await get(t, responsible, stay.childPath)).statusCode).toBe(200);
    expect((await get(t, colleague, stay.childPath)).statusCode).toBe(404);
    const denied = (await auditOf(t, stay.stayId)).filter((a) => a.outcome === 'denied');
    expect(denied.at(-1)).toMatchObject({ reason: 'not_on_shift', action: 'children.read' });
  });

  it("refuses the night watch and finance the child's page, and answers 404 for an adult or another stay", async () => {
    const nightWatch = await onShift(t, 'night_watch');
    expect((await get(t, nightWatch, stay.childPath)).statusCode).toBe(403);
    const finance = await loginAs(t, 'finance', 'trondheim');
    expect((await get(t, finance, stay.childPath)).statusCode).toBe(403);
    const coordinator = await onShift(t, 'coordinator');
    expect(
      (await get(t, coordinator, `/api/stays/${stay.stayId}/children/${stay.motherId}`)).statusCode,
    ).toBe(404);
    const writes = await post(
      t,
      coordinator,
      `/api/stays/${stay.stayId}/children/${stay.motherId}/activities`,
      {
        kind: 'play',
        date: '2026-11-24',
      },
    );
    expect(writes.statusCode).toBe(404);
    expect(await t.database.db.selectFrom('child_activities').selectAll().execute()).toEqual([]);
  });
});
