import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import type { Session } from '../../../test/auth.ts';
import { bedsIn, getBoard, newPerson, startStay } from '../capacity/test-support.ts';

/*
 * Helpers for the departures and move-out API tests: a household admitted into a room of
 * Trondheim's women's centre at a given time, as staff would do it through the capacity API.
 */

export const women = 'Kvinnesenteret';

export interface Admitted {
  stayId: string;
  adultId: string;
  childIds: string[];
  bedIds: string[];
}

export async function admit(
  t: TestApp,
  session: Session,
  household: {
    room: string;
    arrivalAt: string;
    alias?: string;
    firstName?: string;
    lastName?: string;
    birthDate?: string;
    homeMunicipalityNumber?: string;
    children?: string[];
  },
): Promise<Admitted> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/people',
    headers: session.headers,
    payload: {
      confirmNotDuplicate: true,
      gender: 'female',
      alias: household.alias ?? (household.firstName ? null : 'Gjest'),
      firstName: household.firstName ?? null,
      lastName: household.lastName ?? null,
      birthDate: household.birthDate ?? null,
      homeMunicipalityNumber: household.homeMunicipalityNumber ?? null,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const adultId = created.json().id as string;
  const childIds: string[] = [];
  for (const alias of household.children ?? [])
    childIds.push(
      await newPerson(t, session, {
        alias,
        isChild: true,
        birthDate: '2019-05-05',
        adultIds: [adultId],
      }),
    );
  const beds = bedsIn(await getBoard(t, session), women, household.room);
  const res = await startStay(t, session, {
    personId: adultId,
    bedId: beds[0]!.id,
    children: childIds.map((personId, i) => ({ personId, bedId: beds[i + 1]!.id })),
    arrivalAt: household.arrivalAt,
  });
  expect(res.statusCode, res.body).toBe(201);
  return {
    stayId: res.json().id as string,
    adultId,
    childIds,
    bedIds: beds.slice(0, 1 + childIds.length).map((b) => b.id),
  };
}

export const request = (
  t: TestApp,
  session: Session,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
