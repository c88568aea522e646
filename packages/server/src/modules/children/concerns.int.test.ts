import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import {
  auditOf,
  get,
  newConcern,
  onShift,
  post,
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

const partner = (type: string, centreSlug = 'trondheim') =>
  t.database.db
    .selectFrom('partners')
    .innerJoin('centres', 'centres.id', 'partners.centre_id')
    .select(['partners.id', 'partners.name'])
    .where('centres.slug', '=', centreSlug)
    .where('partners.type', '=', type)
    .executeTakeFirstOrThrow();

const concernUrl = (id: string, step = '') => `/api/child-welfare/concerns/${id}${step}`;
const assessment = { assessment: 'Grunn til bekymring for omsorgen; barnevernet må vurdere.' };

describe('§6 concerns', () => {
  it('goes from the night watch to a coordinator who assesses and sends it to an office', async () => {
    const nightWatch = await onShift(t, 'night_watch');
    const id = await newConcern(t, nightWatch, stay);
    // The night watch registers but does not read concerns.
    expect((await get(t, nightWatch, concernUrl(id))).statusCode).toBe(403);
    const raw = await t.database.db
      .selectFrom('child_welfare_concerns')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(raw.status).toBe('registered');
    // A phrase of the concern, long enough that random ciphertext never holds it by chance.
    expect(raw.concern_sealed).not.toContain('far slo mor');

    const coordinator = await onShift(t, 'coordinator');
    const office = await partner('child_welfare');
    const early = await post(t, coordinator, concernUrl(id, '/send'), {
      version: 1,
      officePartnerId: office.id,
      sentOn: '2026-11-24',
    });
    expect(early.json().error).toMatchObject({ code: 'conflict', reason: 'concern_not_assessed' });
    const assessed = await post(t, coordinator, concernUrl(id, '/assess'), {
      version: 1,
      ...assessment,
    });
    expect(assessed.statusCode, assessed.body).toBe(200);
    const noOffice = await post(t, coordinator, concernUrl(id, '/send'), { version: 2 });
    expect(noOffice.statusCode).toBe(400);
    expect(noOffice.json().error.fields.map((f: { code: string }) => f.code)).toEqual([
      'office_required',
      'date_required',
    ]);
    const nav = await partner('nav');
    const wrongKind = await post(t, coordinator, concernUrl(id, '/send'), {
      version: 2,
      officePartnerId: nav.id,
      sentOn: '2026-11-24',
    });
    expect(wrongKind.json().error.fields[0].code).toBe('not_child_welfare_office');

    const sent = await post(t, coordinator, concernUrl(id, '/send'), {
      version: 2,
      officePartnerId: office.id,
      sentOn: '2026-11-24',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const view = (await get(t, coordinator, concernUrl(id))).json();
    expect(view).toMatchObject({
      status: 'sent',
      office: { id: office.id, name: office.name },
      sentOn: '2026-11-24',
      assessment: assessment.assessment,
      registeredBy: { name: expect.any(String) },
      version: 3,
    });
    expect(view.message).toContain(`Til: ${office.name}`);
    expect(view.message).toContain('Barnet: Ida Hansen');
    expect(view.message).not.toContain('Marit');
    expect((await auditOf(t, stay.childId)).at(-1)).toMatchObject({
      action: 'child_welfare.read',
      record_type: 'person',
      verb: 'read',
    });

    const again = await post(t, coordinator, concernUrl(id, '/not-sent'), {
      version: 3,
      reason: 'Ombestemt seg etter sending.',
    });
    expect(again.json().error).toMatchObject({ code: 'conflict', reason: 'concern_concluded' });

    const steps = (await auditOf(t, id))
      .filter((a) => a.verb !== 'read')
      .map((a) => [a.action, a.verb, a.outcome, a.fields]);
    expect(steps).toEqual([
      ['child_welfare.report_concern', 'create', 'success', '["stay_id","person_id","concern"]'],
      ['child_welfare.assess', 'update', 'success', '["status","assessment","assessed_by"]'],
      [
        'child_welfare.conclude',
        'update',
        'success',
        '["status","office_partner_id","sent_on","message","concluded_by"]',
      ],
    ]);
    const fields = (await auditOf(t, id)).map((a) => a.fields ?? '').join();
    expect(fields).not.toContain('slo');
  });

  it('documents "not sent" only with a reason', async () => {
    const coordinator = await onShift(t, 'children_coordinator');
    const id = await newConcern(t, coordinator, stay);
    await post(t, coordinator, concernUrl(id, '/assess'), { version: 1, ...assessment });
    const bare = await post(t, coordinator, concernUrl(id, '/not-sent'), {
      version: 2,
      reason: '',
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields[0].code).toBe('reason_required');
    const done = await post(t, coordinator, concernUrl(id, '/not-sent'), {
      version: 2,
      reason: 'Barnevernet følger allerede familien tett; ny melding er sendt av skolen.',
    });
    expect(done.statusCode, done.body).toBe(200);
    const view = (await get(t, coordinator, concernUrl(id))).json();
    expect(view).toMatchObject({ status: 'not_sent', message: null, office: null });
    expect(view.notSentReason).toContain('Barnevernet følger');
  });

  it("lists only open concerns of the unit leader's centre; another centre's concern is 404", async () => {
    await withDemoCentre(t, 'bergen');
    const bergenLeader = await loginAs(t, 'unit_leader', 'bergen');
    const bergenStay = (
      await t.app.inject({
        method: 'GET',
        url: '/api/capacity/board',
        headers: bergenLeader.headers,
      })
    )
      .json()
      .sites.flatMap((s: { units: { rooms: { beds: { occupant: unknown }[] }[] }[] }) =>
        s.units.flatMap((u) => u.rooms.flatMap((r) => r.beds.map((b) => b.occupant))),
      )
      .find((o: { isChild: boolean } | null) => o?.isChild) as { stayId: string; personId: string };
    const bergenConcern = await post(
      t,
      bergenLeader,
      `/api/stays/${bergenStay.stayId}/children/${bergenStay.personId}/concerns`,
      { concern: 'Bekymring i Bergen, ikke synlig i Trondheim.' },
    );
    expect(bergenConcern.statusCode, bergenConcern.body).toBe(201);

    const coordinator = await onShift(t, 'coordinator');
    const open = await newConcern(t, coordinator, stay);
    const assessedOpen = await newConcern(t, coordinator, stay);
    await post(t, coordinator, concernUrl(assessedOpen, '/assess'), { version: 1, ...assessment });
    const closed = await newConcern(t, coordinator, stay);
    await post(t, coordinator, concernUrl(closed, '/assess'), { version: 1, ...assessment });
    await post(t, coordinator, concernUrl(closed, '/not-sent'), {
      version: 2,
      reason: 'Etter samtale med mor: ingen grunn til melding.',
    });

    const list = await get(t, leader, '/api/child-welfare/concerns?status=open');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [open, 'registered'],
      [assessedOpen, 'assessed'],
    ]);
    expect(list.json().items[0].child).toEqual({
      id: stay.childId,
      displayName: 'Ida Hansen',
      birthDate: '2020-02-29',
    });
    const all = await get(t, leader, '/api/child-welfare/concerns?status=all');
    expect(all.json().items.map((i: { id: string }) => i.id)).toEqual([closed, assessedOpen, open]);
    expect((await get(t, coordinator, '/api/child-welfare/concerns')).statusCode).toBe(403);

    const children = (await get(t, coordinator, `/api/stays/${stay.stayId}/children`)).json();
    expect(children.items[0].openConcerns.map((c: { id: string }) => c.id).sort()).toEqual(
      [open, assessedOpen].sort(),
    );

    const foreign = bergenConcern.json().id as string;
    expect((await get(t, leader, concernUrl(foreign))).statusCode).toBe(404);
    expect(
      (await post(t, leader, concernUrl(foreign, '/assess'), { version: 1, ...assessment }))
        .statusCode,
    ).toBe(404);
    // Each probe is filed for the prober's centre and for Bergen, whose concern it is (#15).
    expect((await auditOf(t, foreign)).filter((a) => a.outcome === 'denied')).toEqual([
      expect.objectContaining({ reason: 'other_centre', action: 'child_welfare.read' }),
      expect.objectContaining({ reason: 'other_centre', action: 'child_welfare.read' }),
      expect.objectContaining({ reason: 'other_centre', action: 'child_welfare.assess' }),
      expect.objectContaining({ reason: 'other_centre', action: 'child_welfare.assess' }),
    ]);
  });

  it('refuses the night watch a concern about a stay it has no relation to (off shift)', async () => {
    const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
    const res = await post(t, nightWatch, `${stay.childPath}/concerns`, {
      concern: 'En bekymring som ikke skal lagres.',
    });
    expect(res.statusCode).toBe(404);
    expect(await t.database.db.selectFrom('child_welfare_concerns').selectAll().execute()).toEqual(
      [],
    );
  });
});
