import type {
  ChildSex,
  ConsentForm,
  ConsentScope,
  HelpNeedArea,
  HelpNeedLevel,
  IntakeStep,
  IntakeTargetGroup,
  IntakeTaskRef,
  NoticeRecipient,
  ScreenedAnswers,
  ScreenedExclusion,
} from '@havn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';

export type IntakeStatus = 'in_progress' | 'completed' | 'excluded' | 'abandoned';
interface Named {
  id: string;
  name: string;
}

export interface IntakeSummary {
  id: string;
  status: IntakeStatus;
  person: { id: string; displayName: string };
  children: number;
  nextStep: IntakeStep;
  primaryContact: Named | null;
  createdAt: string;
}

export interface ConsentAnswer {
  id: string;
  scope: ConsentScope;
  granted: boolean;
  how: ConsentForm;
  givenOn: string;
  withdrawnOn: string | null;
  /** Who asked and recorded the answer, and when. */
  recordedBy: Named;
  recordedAt: string;
}

export interface Intake {
  id: string;
  status: IntakeStatus;
  person: {
    id: string;
    displayName: string;
    gender: string;
    homeMunicipalityNumber: string | null;
  };
  /** `age`: the one a contact gave, while the birth date is not known. */
  children: {
    id: string;
    displayName: string;
    birthDate: string | null;
    age: number | null;
    sex: ChildSex;
  }[];
  originContactId: string | null;
  stepsSaved: IntakeStep[];
  nextStep: IntakeStep;
  missingBeforeMoveIn: IntakeStep[];
  consents: ConsentAnswer[];
  mayShare: Record<NoticeRecipient, boolean>;
  anonymous: boolean;
  eligibility: {
    targetGroups: IntakeTargetGroup[];
    homeMunicipality: { number: string; name: string } | null;
    outsideCooperation: boolean;
    meetsScreenedCriteria: boolean;
    /** What the screened unit refuses the person for («ikke aktuell»). */
    screenedRefusal: ScreenedExclusion[];
    dangerToSelfOrOthers: boolean;
    exclusionReason: string | null;
    screened: ScreenedAnswers | null;
  };
  helpNeeds: Partial<Record<HelpNeedArea, { level: HelpNeedLevel; note: string | null }>>;
  flags: { forcedMarriageSuspected: boolean; asylumSeeker: boolean };
  primaryContact: Named | null;
  childResponsible: Named | null;
  tasks: { id: string; description: string; ref: IntakeTaskRef | null; doneAt: string | null }[];
  notices: { recipient: NoticeRecipient; sentOn: string; sentBy: Named }[];
  stayId: string | null;
  createdAt: string;
  version: number;
}

export interface Notice {
  recipient: NoticeRecipient;
  text: string;
  sent: { sentOn: string; sentBy: Named }[];
}

export const intakeKey = ['intake'] as const;
const one = (id: string) => [...intakeKey, 'one', id] as const;
const path = (id: string) => `/api/intakes/${encodeURIComponent(id)}`;

export function useIntakes() {
  return useQuery({
    queryKey: [...intakeKey, 'list'],
    queryFn: ({ signal }) =>
      getJson<{ items: IntakeSummary[] }>('/api/intakes?status=in_progress', { signal }).then(
        (r) => r.items,
      ),
  });
}

export function useIntake(id: string) {
  return useQuery({
    queryKey: one(id),
    queryFn: ({ signal }) => getJson<Intake>(path(id), { signal }),
  });
}

export const startIntake = (
  body:
    | { contactId: string; alias?: string; childAliases?: string[] }
    | { personId: string; children: string[] }
    /** An earlier record a match recognised but did not show: the intake links to it. */
    | { earlierRecord: string; children: string[] },
) => sendJson<{ id: string; version: number }>('POST', '/api/intakes', body);

export function useStartIntake() {
  return useMutation({
    mutationFn: startIntake,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKey }),
  });
}

/** The step saves: each PUTs (or POSTs) its own body with the version read, then refetches. */
type StepWrite =
  | {
      method: 'PUT';
      step:
        | 'members'
        | 'consent'
        | 'identity'
        | 'eligibility'
        | 'help-needs'
        | 'primary-contact'
        | 'flags';
    }
  | { method: 'POST'; step: 'steps/threats' | 'steps/safety_plan' | 'abandon' | 'move-in' };

export function useSaveStep<Result = { version: number }>(id: string, write: StepWrite) {
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sendJson<Result>(write.method, `${path(id)}/${write.step}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKey }),
  });
}

export function useNotice(id: string, recipient: NoticeRecipient, enabled: boolean) {
  return useQuery({
    queryKey: [...one(id), 'notice', recipient],
    queryFn: ({ signal }) => getJson<Notice>(`${path(id)}/notices/${recipient}`, { signal }),
    enabled,
    retry: false,
  });
}

export function useRecordNotice(id: string, recipient: NoticeRecipient) {
  return useMutation({
    mutationFn: () => sendJson<Notice>('POST', `${path(id)}/notices/${recipient}`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: one(id) }),
  });
}

export const revealIdentity = (id: string) =>
  getJson<{ identity: { firstName: string; lastName: string | null; birthDate: string | null } }>(
    `${path(id)}/identity`,
  );
