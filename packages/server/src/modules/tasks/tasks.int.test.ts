import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T09:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
});
afterEach(async () => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: leader.headers });
const post = (url: string, payload: object, method: 'POST' | 'PUT' = 'POST') =>
  t.app.inject({ method, url, headers: leader.headers, payload });

type TaskView = { id: string; source: string; doneAt: string | null; version: number };
const tasksOf = async (stayId: string): Promise<TaskView[]> => {
  const page = await get(`/api/stays/${stayId}`);
  expect(page.statusCode, page.body).toBe(200);
  return page.json().tasks;
};

describe('the tasks of a stay, whichever module made them', () => {
  it('lists a manual task, a move-out step and an incident’s task together; work done closes its own', async () => {
    const residents = (await get('/api/stays/residents')).json().items;
    const stayId = residents.find((r: { label: string }) => r.label === 'Furu').stayId as string;
    const before = (await tasksOf(stayId)).map((task) => task.id);

    const manual = await post(`/api/stays/${stayId}/tasks`, {
      description: 'Ringe skolen om oppstart',
      dueOn: '2026-11-26',
    });
    expect(manual.statusCode, manual.body).toBe(201);
    const step = await post(`/api/stays/${stayId}/move-out/steps`, {
      kind: 'housing_application',
      dueOn: '2026-11-30',
    });
    expect(step.statusCode, step.body).toBe(201);
    const incident = await post('/api/protection/incidents', {
      stayId,
      kind: 'perpetrator_at_door',
      description: 'Ekssamboer ringte på',
    });
    expect(incident.statusCode, incident.body).toBe(201);

    const added = (await tasksOf(stayId)).filter((task) => !before.includes(task.id));
    expect(added.map((task) => task.source).sort()).toEqual(['incident', 'manual', 'move_out']);
    expect(added.every((task) => task.doneAt === null)).toBe(true);

    const followed = await post(
      `/api/protection/incidents/${incident.json().id}/follow-up`,
      {
        version: 1,
        text: 'Snakket med henne; politiet varslet',
        done: true,
      },
      'PUT',
    );
    expect(followed.statusCode, followed.body).toBe(200);
    const after = (await tasksOf(stayId)).filter((task) => !before.includes(task.id));
    const bySource = new Map(after.map((task) => [task.source, task]));
    // Only the incident's task is done, by the follow-up, and its version moved with it.
    expect(bySource.get('incident')).toMatchObject({ doneAt: expect.any(String), version: 2 });
    expect(bySource.get('manual')!.doneAt).toBeNull();
    expect(bySource.get('move_out')!.doneAt).toBeNull();
    // A page still holding the old version cannot mark it done a second time.
    const stale = await post(`/api/stays/${stayId}/tasks/${bySource.get('incident')!.id}/done`, {
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
  });
});
