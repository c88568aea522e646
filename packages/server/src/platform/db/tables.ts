import type { CentresTables } from '../../modules/centres/tables.ts';
import type { MunicipalitiesTables } from '../../modules/municipalities/tables.ts';
import type { AuditTables } from '../../modules/audit/tables.ts';
import type { StaffTables } from '../../modules/staff/tables.ts';
import type { IdentityTables } from '../../modules/identity/tables.ts';
import type { AccessTables } from '../../modules/access/tables.ts';
import type { PeopleTables } from '../../modules/people/tables.ts';
import type { PartnersTables } from '../../modules/partners/tables.ts';
import type { ContactsTables } from '../../modules/contacts/tables.ts';
import type { DayServiceTables } from '../../modules/day-service/tables.ts';
import type { TasksTables } from '../../modules/tasks/tables.ts';
import type { CapacityTables } from '../../modules/capacity/tables.ts';
import type { StaysTables } from '../../modules/stays/tables.ts';
import type { IntakeTables } from '../../modules/intake/tables.ts';
import type { ChildrenTables } from '../../modules/children/tables.ts';
import type { MoveOutTables } from '../../modules/move-out/tables.ts';
import type { DeparturesTables } from '../../modules/departures/tables.ts';
import type { ProtectionTables } from '../../modules/protection/tables.ts';
import type { ReestablishmentTables } from '../../modules/reestablishment/tables.ts';

/*
 * Column conventions, the same on both engines so that one query runs on either:
 * - ids are UUIDv7 text; never sequential integers (a sequence in a URL leaks how many came);
 * - instants are ISO-8601 UTC text (`2026-11-24T05:14:49.000Z`), calendar dates `YYYY-MM-DD`;
 * - flags are integers 0/1 (better-sqlite3 cannot bind booleans);
 * - mutable records carry `version`, which every update must state (no silent overwrite);
 * - free text about a person is stored sealed (AES-256-GCM), also where the name does not end in
 *   `_sealed`: each module's tables.ts says for every text column which it is (composed in
 *   platform/crypto/sealed-columns.ts).
 */

/** The whole schema: each module's slice (modules/<m>/tables.ts), the tables only it writes. */
export interface Database
  extends
    CentresTables,
    MunicipalitiesTables,
    AuditTables,
    StaffTables,
    IdentityTables,
    AccessTables,
    PeopleTables,
    PartnersTables,
    ContactsTables,
    DayServiceTables,
    TasksTables,
    CapacityTables,
    StaysTables,
    IntakeTables,
    ChildrenTables,
    MoveOutTables,
    DeparturesTables,
    ProtectionTables,
    ReestablishmentTables {}

export type { CentreMunicipalityTable, CentreTable } from '../../modules/centres/tables.ts';
export type {
  MunicipalityAgreementTable,
  MunicipalityPopulationTable,
  MunicipalityTable,
} from '../../modules/municipalities/tables.ts';
export type { AuditEntryTable, AuditHashAlgorithm } from '../../modules/audit/tables.ts';
export type { ShiftTable, StaffRoleTable, StaffUserTable } from '../../modules/staff/tables.ts';
export type {
  LoginAttemptTable,
  RecoveryCodeTable,
  SessionTable,
} from '../../modules/identity/tables.ts';
export type { AddressAccessGrantTable, BreakGlassGrantTable } from '../../modules/access/tables.ts';
export type {
  AddressProtection,
  Gender,
  PersonRelationTable,
  PersonTable,
} from '../../modules/people/tables.ts';
export type { PartnerTable } from '../../modules/partners/tables.ts';
export type { ContactDraftTable, ContactTable } from '../../modules/contacts/tables.ts';
export type {
  AppointmentStaffTable,
  AppointmentTable,
  CasePerpetratorTable,
  DayUserCaseTable,
  DayVisitTable,
  JointMeetingTable,
  MeetingTaskTable,
} from '../../modules/day-service/tables.ts';
export type { CaseTaskTable } from '../../modules/tasks/tables.ts';
export type {
  BedAssignmentTable,
  BedCleaningTable,
  BedOutOfServiceTable,
  BedReservationBedTable,
  BedReservationTable,
  BedTable,
  RoomTable,
  SiteTable,
  TargetGroupColumn,
  UnitTable,
  WaitingEntryTable,
} from '../../modules/capacity/tables.ts';
export type {
  JournalDraftTable,
  JournalNoteTable,
  StayFlagsTable,
  StayMemberTable,
  StayMunicipalityCorrectionTable,
  StayPlanReviewTable,
  StayPlanTable,
  StayTable,
} from '../../modules/stays/tables.ts';
export type {
  ConsentTable,
  IntakeMemberTable,
  IntakeNoticeTable,
  IntakeSettingsTable,
  IntakeTable,
} from '../../modules/intake/tables.ts';
export type {
  ChildActivityTable,
  ChildHealthTable,
  ChildSchoolingTable,
  ChildWelfareConcernTable,
  ParentContactTable,
} from '../../modules/children/tables.ts';
export type { MoveOutPlanTable } from '../../modules/move-out/tables.ts';
export type {
  DepartureMemberTable,
  DepartureTable,
  StayCorrectionTable,
} from '../../modules/departures/tables.ts';
export type {
  HouseRulesTable,
  IncidentTable,
  ProtectionSettingsTable,
  SafetyPlanTable,
  ThreatAssessmentTable,
  ThreatItemTable,
} from '../../modules/protection/tables.ts';
export type {
  ReestablishmentCaseTable,
  ReestablishmentContactTable,
} from '../../modules/reestablishment/tables.ts';
