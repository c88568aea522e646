import type {
  AdultGender,
  Allocation,
  BedKind,
  ChildSex,
  ConflictReason,
  FloorNeed,
  PlaceCondition,
  PlaceTier,
  ScreenedExclusion,
  ScreeningRules,
  StayKind,
  TargetGroup,
  UnfitReason,
  UnitFeature,
  UnitKind,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export type BedState =
  'free' | 'occupied' | 'reserved' | 'being_cleaned' | 'lent' | 'out_of_service';

export const bedStates = [
  'free',
  'occupied',
  'reserved',
  'being_cleaned',
  'lent',
  'out_of_service',
] as const satisfies readonly BedState[];

export const targetGroups = [
  'women_and_children',
  'men',
  'men_with_children',
  'any',
] as const satisfies readonly TargetGroup[];

export interface Totals {
  beds: number;
  places: number;
  /** Beds in the state free, wherever they are. */
  free: number;
  /** Free beds a household can be given now (one household per room, or per whole unit). */
  offered: number;
  /** Rooms, or units let as a whole, a household can be given now. */
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

export interface BoardBed {
  id: string;
  label: string;
  kind: BedKind;
  state: BedState;
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
  /** The household on its way, by the label staff gave (alias or initials). */
  reservation: {
    id: string;
    label: string;
    expectedArrivalAt: string;
    expiresAt: string;
  } | null;
}

/** Empty beds another household cannot be given, and why. */
export type BoardIdle = {
  beds: number;
  because: 'household' | 'reserved' | 'being_cleaned';
} | null;

export interface BoardUnit {
  id: string;
  name: string;
  kind: UnitKind;
  allocation: Allocation;
  targetGroup: TargetGroup;
  screened: boolean;
  accessible: boolean;
  floor: number;
  mayServeAsTransition: boolean;
  transitionApartment: boolean;
  features: string[];
  demoValues: string[];
  totals: Totals;
  /** For a unit let as a whole. */
  idle: BoardIdle;
  rooms: { id: string; name: string; demoValues: string[]; idle: BoardIdle; beds: BoardBed[] }[];
}

export type CapacityAlert =
  | {
      code: 'move_out_of_screened_unit';
      siteId: string;
      unitId: string;
      lentStayId: string;
      admittedStayIds: string[];
      waitingIds: string[];
    }
  | {
      code: 'vacate_transition_place';
      siteId: string;
      unitId: string;
      /** The stay of the woman who lives there as a transition home and must move. */
      stayId: string;
      waitingIds: string[];
      /** When a man first needed the place. */
      raisedAt: string;
      /** Her alias or initials; null when the actor may not open her. */
      occupantLabel: string | null;
      canOpenStay: boolean;
    };

export interface Board {
  at: string;
  sites: { id: string; name: string; demoValues: string[]; units: BoardUnit[] }[];
  alerts: CapacityAlert[];
  totals: Totals;
}

export interface BoardFilter {
  targetGroup: TargetGroup | '';
  accessible: boolean;
}

export interface FindNeed {
  adultGender: AdultGender;
  housing?: 'women' | 'men';
  childAges: number[];
  /** In the order of `childAges`; one not given counts as unknown. */
  childSexes?: ChildSex[];
  accessible: boolean;
  meetsScreenedCriteria: boolean;
  /** What the screened unit does not take: such a person is never offered it. */
  screenedExclusions?: ScreenedExclusion[];
  floor: FloorNeed;
  /** A transition stay is offered transition apartments only; a crisis stay never is. */
  stayKind?: StayKind;
}

export interface OrderNoteDto {
  code: string;
  count?: number;
}

export interface PlaceOptionDto {
  rank: number;
  siteId: string;
  unitId: string;
  unitName: string;
  roomId: string | null;
  roomName: string | null;
  beds: { id: string; label: string; kind: BedKind }[];
  tier: PlaceTier;
  spareBeds: number;
  order: OrderNoteDto[];
  condition: PlaceCondition | null;
  stayFlags: { lentScreened: boolean; transitionForWoman: boolean };
}

export interface UnitRejectionDto {
  siteId: string;
  unitId: string;
  unitName: string;
  reasons: UnfitReason[];
  /** With `screened_exclusion`. */
  exclusions: ScreenedExclusion[];
  /** With `boys_age_limit`: the ages of the boys over the unit's limit. */
  boysOverAge: number[];
  boysMaxAge: number | null;
}

export interface FindResult {
  options: PlaceOptionDto[];
  notFitting: UnitRejectionDto[];
  alerts: CapacityAlert[];
}

export interface HistoryCounts {
  persons: number;
  adults: number;
  children: number;
  occupiedBeds: number;
  capacity: number;
  overFull: boolean;
}

export interface MonthCounts {
  adults: number;
  children: number;
  total: number;
}

export interface History {
  from: string;
  to: string;
  units: { id: string; name: string; targetGroup: TargetGroup }[];
  days: (HistoryCounts & {
    date: string;
    byUnit: Record<string, HistoryCounts>;
    byTargetGroup: Record<string, HistoryCounts>;
  })[];
  months: (MonthCounts & {
    month: string;
    placeNights: number;
    occupancy: number | null;
    overFullDays: number;
    byUnit: Record<string, MonthCounts>;
    byTargetGroup: Record<string, MonthCounts>;
  })[];
  overFullDays: string[];
}

export interface ConfigBed {
  id: string;
  label: string;
  kind: BedKind;
  position: number;
  version: number;
}
export interface ConfigRoom {
  id: string;
  name: string;
  position: number;
  version: number;
  demoValues: string[];
  beds: ConfigBed[];
}
export interface ConfigUnit {
  id: string;
  name: string;
  kind: UnitKind;
  allocation: Allocation;
  targetGroup: TargetGroup;
  screening: ScreeningRules | null;
  accessible: boolean;
  floor: number;
  mayServeAsTransition: boolean;
  /** A transition apartment: offered for transition stays only. */
  transitionApartment: boolean;
  /** Boys live here up to and including this age; null: no limit. */
  boysMaxAge: number | null;
  features: UnitFeature[];
  facilities: Record<string, number>;
  notes: string | null;
  position: number;
  screened: boolean;
  version: number;
  demoValues: string[];
  rooms: ConfigRoom[];
}
export interface ConfigSite {
  id: string;
  name: string;
  position: number;
  version: number;
  demoValues: string[];
  units: ConfigUnit[];
}

export interface ReservationDto {
  id: string;
  version: number;
  label: string;
  personId: string | null;
  need: FindNeed;
  /** The adult's bed first, then the children's. */
  beds: { id: string; label: string; kind: BedKind; unitId: string; roomId: string }[];
  expectedArrivalAt: string;
  expiresAt: string;
  createdAt: string;
}

export interface WaitingDto {
  id: string;
  version: number;
  label: string;
  personId: string | null;
  need: FindNeed;
  sinceAt: string;
}

export const waitingResolutions = [
  'placed_here',
  'placed_elsewhere',
  'withdrawn',
  'not_reached',
] as const;
export type WaitingResolution = (typeof waitingResolutions)[number];

export interface MoveOptionDto {
  rank: number;
  unitId: string;
  unitName: string;
  roomId: string | null;
  roomName: string | null;
  tier: PlaceTier;
  condition: PlaceCondition | null;
  moves: {
    personId: string;
    isChild: boolean;
    bedId: string;
    bedLabel: string;
    bedKind: BedKind;
  }[];
}

export interface Reserve extends FindNeed {
  bedIds: string[];
  label: string;
  expectedArrivalAt: string;
  expiresAt: string;
}

export interface AddWaiting extends FindNeed {
  label: string;
}

const base = '/api/capacity';
const id = (value: string) => encodeURIComponent(value);

export const boardKey = ['capacity', 'board'] as const;
export const configurationKey = ['capacity', 'configuration'] as const;

export function useBoard(filter: BoardFilter) {
  const params = new URLSearchParams();
  if (filter.targetGroup) params.set('targetGroup', filter.targetGroup);
  if (filter.accessible) params.set('accessible', 'true');
  const query = params.toString();
  return useQuery({
    queryKey: [...boardKey, query],
    queryFn: ({ signal }) => getJson<Board>(`${base}/board${query ? `?${query}` : ''}`, { signal }),
    refetchInterval: 60_000,
  });
}

export function useHistory(from: string, to: string) {
  return useQuery({
    queryKey: ['capacity', 'history', from, to],
    queryFn: ({ signal }) =>
      getJson<History>(`${base}/history?from=${id(from)}&to=${id(to)}`, { signal }),
  });
}

export function useReservations() {
  return useQuery({
    queryKey: [...boardKey, 'reservations'],
    queryFn: ({ signal }) =>
      getJson<{ items: ReservationDto[] }>(`${base}/reservations`, { signal }).then((r) => r.items),
    refetchInterval: 60_000,
  });
}

export function useWaiting() {
  return useQuery({
    queryKey: [...boardKey, 'waiting'],
    queryFn: ({ signal }) =>
      getJson<{ items: WaitingDto[] }>(`${base}/waiting`, { signal }).then((r) => r.items),
    refetchInterval: 60_000,
  });
}

export function useMoveOptions(stayId: string) {
  return useQuery({
    queryKey: ['capacity', 'move-options', stayId],
    queryFn: ({ signal }) =>
      getJson<{ options: MoveOptionDto[] }>(`${base}/stays/${id(stayId)}/move-options`, {
        signal,
      }).then((r) => r.options),
  });
}

/** The centre's capacity settings, versioned like any record. */
export interface CapacitySettings {
  transitionStaysCount: boolean;
  version: number;
}

export function useConfiguration() {
  return useQuery({
    queryKey: configurationKey,
    queryFn: ({ signal }) =>
      getJson<{ settings: CapacitySettings; sites: ConfigSite[] }>(`${base}/configuration`, {
        signal,
      }),
  });
}

/** Anything that changes beds: the board and the configuration are fetched again, whatever the answer. */
export function useCapacityChange<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['capacity'] }),
  });
}

export type ConfigKind = 'sites' | 'units' | 'rooms' | 'beds';

/**
 * A registered person, or one known by alias only whom the server registers with the stay (so a
 * stay refused registers nobody).
 */
type Who = { personId: string } | { alias: string };

export type StartStay = (
  { personId: string } | { newPerson: { alias: string; gender: AdultGender } }
) & {
  bedId: string;
  children: (Who & { bedId: string; age?: number })[];
  need: Omit<FindNeed, 'adultGender' | 'childAges'>;
  /** The reservation this household takes up. */
  reservationId?: string;
};

export const capacityApi = {
  find: (need: FindNeed) => sendJson<FindResult>('POST', `${base}/find`, need),
  startStay: (body: StartStay) =>
    sendJson<{ id: string; version: number }>('POST', `${base}/stays`, body),
  move: ({
    stayId,
    version,
    moves,
  }: {
    stayId: string;
    version: number;
    moves: { personId: string; bedId: string }[];
  }) =>
    sendJson<{ version: number }>('POST', `${base}/stays/${id(stayId)}/move`, { version, moves }),
  reserve: (body: Reserve) =>
    sendJson<{ id: string; version: number }>('POST', `${base}/reservations`, body),
  cancelReservation: ({ reservationId, version }: { reservationId: string; version: number }) =>
    sendJson<{ version: number }>('POST', `${base}/reservations/${id(reservationId)}/cancel`, {
      version,
    }),
  addWaiting: (body: AddWaiting) =>
    sendJson<{ id: string; version: number }>('POST', `${base}/waiting`, body),
  resolveWaiting: ({
    entryId,
    version,
    resolution,
  }: {
    entryId: string;
    version: number;
    resolution: WaitingResolution;
  }) =>
    sendJson<{ version: number }>('POST', `${base}/waiting/${id(entryId)}/resolve`, {
      version,
      resolution,
    }),
  ready: (bedId: string) =>
    sendJson<{ state: BedState }>('POST', `${base}/beds/${id(bedId)}/ready`),
  outOfService: ({ bedId, reason }: { bedId: string; reason: string }) =>
    sendJson<{ state: BedState }>('POST', `${base}/beds/${id(bedId)}/out-of-service`, { reason }),
  inService: (bedId: string) =>
    sendJson<{ state: BedState }>('POST', `${base}/beds/${id(bedId)}/in-service`),
  create: ({ kind, body }: { kind: ConfigKind; body: Record<string, unknown> }) =>
    sendJson<{ id: string; version: number }>('POST', `${base}/${kind}`, body),
  update: ({
    kind,
    itemId,
    body,
  }: {
    kind: ConfigKind;
    itemId: string;
    body: Record<string, unknown>;
  }) => sendJson<{ version: number }>('PATCH', `${base}/${kind}/${id(itemId)}`, body),
  remove: ({ kind, itemId, version }: { kind: ConfigKind; itemId: string; version: number }) =>
    sendJson('DELETE', `${base}/${kind}/${id(itemId)}?version=${version}`),
  updateSettings: (settings: CapacitySettings) =>
    sendJson<CapacitySettings>('PUT', `${base}/settings`, settings),
};

export interface PersonHit {
  id: string;
  displayName: string;
  birthDate: string | null;
  isChild: boolean;
}

export const peopleApi = {
  search: (text: string) =>
    sendJson<{ items: PersonHit[] }>('POST', '/api/people/search', { text }).then((r) => r.items),
};

export type ConflictKey =
  | 'bedTaken'
  | 'bedReserved'
  | 'reservedForOther'
  | 'reservationClosed'
  | 'noLongerWaiting'
  | 'bedOccupied'
  | 'bedsHeld'
  | 'bedsOccupied'
  | 'targetGroupInUse'
  | 'notWaitingForCleaning'
  | 'notOutOfService'
  | 'alreadyOutOfService'
  | 'bedNotFree'
  | 'notOffered'
  | 'personInBed'
  | 'personHasStay'
  | 'stayEnded'
  | 'unitInUse'
  | 'personMerged'
  | 'stayOverlaps'
  | 'bedsUsedLater'
  | 'stale';

const conflictKeys: Partial<Record<ConflictReason, ConflictKey>> = {
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
};

/**
 * The server's reason for a refused change, as a key under `capacity.conflicts`: the bed taken,
 * someone sleeping in what is to be removed, a target group change that would strand people…;
 * else a stale version. `count`: the beds in use, for `bedsOccupied`.
 */
export function conflictKind(error: unknown): { key: ConflictKey; count: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const key = (error.reason && conflictKeys[error.reason]) ?? 'stale';
  return { key, count: error.count };
}
