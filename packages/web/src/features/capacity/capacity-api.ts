import type { ConflictReason, TargetGroup } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/errors.ts';
import { api, dataOf, type Reply, type RequestBody } from '../../api/http.ts';
import { $api, invalidate } from '../../api/queries.ts';
import { queryClient } from '../../api/query-client.ts';

export type Board = Reply<'/api/capacity/board', 'get'>;
export type Totals = Board['totals'];
export type BoardUnit = Board['sites'][number]['units'][number];
export type BoardBed = BoardUnit['rooms'][number]['beds'][number];
/** Empty beds another household cannot be given, and why. */
export type BoardIdle = BoardUnit['idle'];
export type CapacityAlert = Board['alerts'][number];
export type BedState = BoardBed['state'];

export interface BoardFilter {
  targetGroup: TargetGroup | '';
  accessible: boolean;
}

type FindBody = RequestBody<'/api/capacity/find', 'post'>;
/** A household's need as the need form states it: with what the server would default, stated. */
export type FindNeed = FindBody &
  Required<Pick<FindBody, 'childAges' | 'accessible' | 'meetsScreenedCriteria' | 'floor'>>;
export type FindResult = Reply<'/api/capacity/find', 'post'>;
export type PlaceOptionDto = FindResult['options'][number];
export type OrderNoteDto = PlaceOptionDto['order'][number];
export type UnitRejectionDto = FindResult['notFitting'][number];

export type History = Reply<'/api/capacity/history', 'get'>;

type Configuration = Reply<'/api/capacity/configuration', 'get'>;
export type CapacitySettings = Configuration['settings'];
export type ConfigSite = Configuration['sites'][number];
export type ConfigUnit = ConfigSite['units'][number];

export type ReservationDto = Reply<'/api/capacity/reservations', 'get'>['items'][number];
export type WaitingDto = Reply<'/api/capacity/waiting', 'get'>['items'][number];
export type MoveOptionDto = Reply<
  '/api/capacity/stays/{id}/move-options',
  'get'
>['options'][number];
export type Reserve = RequestBody<'/api/capacity/reservations', 'post'>;

const every = { refetchInterval: 60_000 };

export function useBoard(filter: BoardFilter) {
  const query = {
    ...(filter.targetGroup ? { targetGroup: filter.targetGroup } : {}),
    ...(filter.accessible ? { accessible: 'true' as const } : {}),
  };
  return $api.useQuery('get', '/api/capacity/board', { params: { query } }, every);
}

export const useHistory = (from: string, to: string) =>
  $api.useQuery('get', '/api/capacity/history', { params: { query: { from, to } } });

export const useReservations = () =>
  $api.useQuery('get', '/api/capacity/reservations', undefined, {
    ...every,
    select: (data) => data.items,
  });

export const useWaiting = () =>
  $api.useQuery('get', '/api/capacity/waiting', undefined, {
    ...every,
    select: (data) => data.items,
  });

export const useMoveOptions = (stayId: string) =>
  $api.useQuery(
    'get',
    '/api/capacity/stays/{id}/move-options',
    { params: { path: { id: stayId } } },
    { select: (data) => data.options },
  );

export const useConfiguration = () => $api.useQuery('get', '/api/capacity/configuration');

/** Anything that changes beds: the board and the configuration are fetched again, whatever the answer. */
export function useCapacityChange<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([
        invalidate('/api/capacity'),
        // The place search's own query (FindPlacePage), not a route's.
        queryClient.invalidateQueries({ queryKey: ['capacity'] }),
      ]),
  });
}

export type ConfigKind = 'sites' | 'units' | 'rooms' | 'beds';

/** What the configuration dialog writes for each kind, without the parent and the version. */
export interface ConfigFields {
  sites: RequestBody<'/api/capacity/sites', 'post'>;
  units: Omit<RequestBody<'/api/capacity/units', 'post'>, 'siteId'>;
  rooms: Omit<RequestBody<'/api/capacity/rooms', 'post'>, 'unitId'>;
  beds: Omit<RequestBody<'/api/capacity/beds', 'post'>, 'roomId'>;
}
export type ConfigWrite = { [K in ConfigKind]: { kind: K; fields: ConfigFields[K] } }[ConfigKind];

const bed = (id: string) => ({ params: { path: { id } } });

/** A new site, or a unit, room or bed under its parent. */
function createConfigItem({ write, parentId }: { write: ConfigWrite; parentId: string }) {
  switch (write.kind) {
    case 'sites':
      return dataOf(api.POST('/api/capacity/sites', { body: write.fields }));
    case 'units':
      return dataOf(
        api.POST('/api/capacity/units', { body: { ...write.fields, siteId: parentId } }),
      );
    case 'rooms':
      return dataOf(
        api.POST('/api/capacity/rooms', { body: { ...write.fields, unitId: parentId } }),
      );
    case 'beds':
      return dataOf(
        api.POST('/api/capacity/beds', { body: { ...write.fields, roomId: parentId } }),
      );
  }
}

/** A change to an item, stating the version read. */
function updateConfigItem({ write, itemId, version }: ConfigChange & { write: ConfigWrite }) {
  return dataOf(
    api.PATCH(`/api/capacity/${write.kind}/{id}`, {
      params: { path: { id: itemId } },
      body: { ...write.fields, version },
    }),
  );
}
type ConfigChange = { itemId: string; version: number };

function removeConfigItem({ kind, itemId, version }: ConfigChange & { kind: ConfigKind }) {
  const params = { path: { id: itemId }, query: { version } };
  return dataOf(api.DELETE(`/api/capacity/${kind}/{id}`, { params }));
}

export const capacityApi = {
  find: (need: FindNeed) => dataOf(api.POST('/api/capacity/find', { body: need })),
  startStay: (body: RequestBody<'/api/capacity/stays', 'post'>) =>
    dataOf(api.POST('/api/capacity/stays', { body })),
  move: ({
    stayId,
    ...body
  }: RequestBody<'/api/capacity/stays/{id}/move', 'post'> & { stayId: string }) =>
    dataOf(api.POST('/api/capacity/stays/{id}/move', { params: { path: { id: stayId } }, body })),
  reserve: (body: Reserve) => dataOf(api.POST('/api/capacity/reservations', { body })),
  cancelReservation: ({ reservationId, version }: { reservationId: string; version: number }) =>
    dataOf(
      api.POST('/api/capacity/reservations/{id}/cancel', {
        params: { path: { id: reservationId } },
        body: { version },
      }),
    ),
  addWaiting: (body: RequestBody<'/api/capacity/waiting', 'post'>) =>
    dataOf(api.POST('/api/capacity/waiting', { body })),
  resolveWaiting: ({
    entryId,
    ...body
  }: RequestBody<'/api/capacity/waiting/{id}/resolve', 'post'> & { entryId: string }) =>
    dataOf(
      api.POST('/api/capacity/waiting/{id}/resolve', { params: { path: { id: entryId } }, body }),
    ),
  ready: (bedId: string) => dataOf(api.POST('/api/capacity/beds/{id}/ready', bed(bedId))),
  outOfService: ({ bedId, reason }: { bedId: string; reason: string }) =>
    dataOf(api.POST('/api/capacity/beds/{id}/out-of-service', { ...bed(bedId), body: { reason } })),
  inService: (bedId: string) => dataOf(api.POST('/api/capacity/beds/{id}/in-service', bed(bedId))),
  create: createConfigItem,
  update: updateConfigItem,
  remove: removeConfigItem,
  updateSettings: (body: CapacitySettings) => dataOf(api.PUT('/api/capacity/settings', { body })),
};

export type PersonHit = Reply<'/api/people/search', 'post'>['items'][number];

export const peopleApi = {
  search: (text: string) =>
    dataOf(api.POST('/api/people/search', { body: { text } })).then((r) => r.items),
};

const conflictKeys = {
  beds_held: 'bedsHeld',
  bed_taken: 'bedTaken',
  bed_reserved: 'bedReserved',
  reserved_for_other: 'reservedForOther',
  reservation_closed: 'reservationClosed',
  no_longer_waiting: 'noLongerWaiting',
  beds_in_use: 'bedsOccupied',
  bed_in_use: 'bedOccupied',
  unit_in_use: 'unitInUse',
  target_group_in_use: 'targetGroupInUse',
  not_waiting_for_cleaning: 'notWaitingForCleaning',
  not_out_of_service: 'notOutOfService',
  already_out_of_service: 'alreadyOutOfService',
  bed_not_free: 'bedNotFree',
  place_not_offered: 'notOffered',
  person_in_bed: 'personInBed',
  person_has_stay: 'personHasStay',
  person_merged: 'personMerged',
  stay_ended: 'stayEnded',
  stay_overlaps: 'stayOverlaps',
  beds_used_later: 'bedsUsedLater',
} as const satisfies Partial<Record<ConflictReason, string>>;
/** Else a stale version. */
export type ConflictKey = (typeof conflictKeys)[keyof typeof conflictKeys] | 'stale';

/**
 * The server's reason for a refused change, as a key under `capacity.conflicts`: the bed taken,
 * someone sleeping in what is to be removed, a target group change that would strand people…;
 * else a stale version. `count`: the beds in use, for `bedsOccupied`.
 */
export function conflictKind(error: unknown): { key: ConflictKey; count: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const key: ConflictKey =
    (error.reason &&
      (conflictKeys as Partial<Record<ConflictReason, ConflictKey>>)[error.reason]) ??
    'stale';
  return { key, count: error.count };
}
