import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.ts';
import type { Session } from '../../../test/auth.ts';

/*
 * Helpers for the capacity API tests: read the board, pick beds by unit and room name, create
 * people and stays as staff would.
 */

export interface BoardBed {
  id: string;
  label: string;
  kind: string;
  state: string;
  since: string | null;
  reason: string | null;
  occupant: {
    stayId: string;
    stayVersion: number;
    personId: string;
    isChild: boolean;
    label: string | null;
    day: number;
  } | null;
}
export interface Totals {
  beds: number;
  places: number;
  free: number;
  offered: number;
  offeredPlaces: number;
  occupied: number;
  lent: number;
  reserved: number;
  beingCleaned: number;
  outOfService: number;
  persons: number;
  adults: number;
  children: number;
}
type Idle = { beds: number; because: string } | null;
export interface BoardUnit {
  id: string;
  name: string;
  targetGroup: string;
  accessible: boolean;
  totals: Totals;
  idle: Idle;
  rooms: { id: string; name: string; idle: Idle; beds: BoardBed[] }[];
}
export interface Board {
  at: string;
  sites: { id: string; name: string; units: BoardUnit[] }[];
  alerts: { code: string; unitId: string; [key: string]: unknown }[];
  totals: Totals;
}

export async function getBoard(t: TestApp, session: Session, query = ''): Promise<Board> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/capacity/board${query}`,
    headers: session.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Board;
}

export const unitsOf = (board: Board): BoardUnit[] => board.sites.flatMap((s) => s.units);

export function unitNamed(board: Board, name: string): BoardUnit {
  const unit = unitsOf(board).find((u) => u.name === name);
  expect(unit, `unit ${name}`).toBeDefined();
  return unit!;
}

/** The beds of a room, by unit and room name. */
export function bedsIn(board: Board, unit: string, room: string): BoardBed[] {
  const found = unitNamed(board, unit).rooms.find((r) => r.name === room);
  expect(found, `room ${room} in ${unit}`).toBeDefined();
  return found!.beds;
}

export function bedById(board: Board, id: string): BoardBed {
  const bed = unitsOf(board)
    .flatMap((u) => u.rooms.flatMap((r) => r.beds))
    .find((b) => b.id === id);
  expect(bed, `bed ${id}`).toBeDefined();
  return bed!;
}

export async function newPerson(
  t: TestApp,
  session: Session,
  fields: {
    alias?: string;
    firstName?: string;
    lastName?: string;
    gender?: string;
    isChild?: boolean;
    birthDate?: string;
    adultIds?: string[];
  },
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/people',
    headers: session.headers,
    payload: { confirmNotDuplicate: true, ...fields },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export const post = (t: TestApp, session: Session, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, ...(payload ? { payload } : {}) });

export { startShift } from '../../../test/auth.ts';

export const startStay = (t: TestApp, session: Session, payload: object) =>
  post(t, session, '/api/capacity/stays', payload);

/**
 * Ends a stay the one way there is: a departure registered through the departures module, the
 * adult and every child to an unknown destination. `at` defaults to now.
 */
export async function endStay(
  t: TestApp,
  session: Session,
  stayId: string,
  body: { version: number; at?: string },
) {
  const view = await t.app.inject({
    method: 'GET',
    url: `/api/stays/${stayId}/departure`,
    headers: session.headers,
  });
  const children = view.statusCode === 200 ? (view.json().household as Member[]) : [];
  return post(t, session, `/api/stays/${stayId}/departure`, {
    ...body,
    destination: 'unknown',
    reason: 'other',
    policeInvolved: null,
    withoutNotice: null,
    children: children
      .filter((m) => m.isChild)
      .map((m) => ({ personId: m.personId, destination: 'unknown', reason: 'other' })),
  });
}

interface Member {
  personId: string;
  isChild: boolean;
}

/** The capacity audit entries, oldest first. */
export async function capacityAudit(t: TestApp) {
  return t.database.db
    .selectFrom('audit_entries')
    .select(['action', 'verb', 'outcome', 'record_type', 'record_id', 'actor'])
    .where('action', 'like', 'capacity.%')
    .orderBy('seq')
    .execute();
}
