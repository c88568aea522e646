import { auditRecordTypes, type AuditRecordType } from '@havn/domain';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAuditRecordType, isUuid, useRecordHistory, type RecordLookup } from './audit-api.ts';
import { AuditEntries } from './AuditEntries.tsx';
import { useAuditLabels } from './labels.ts';
import './audit.css';

/** A lookup asked for: `round` tells a repeated one apart; `focus` moves the keyboard to it. */
export interface HistoryRequest {
  lookup: RecordLookup;
  round: number;
  focus: boolean;
}

/** The records people ask about most come first; then the rest, in the domain's order. */
const personal: readonly AuditRecordType[] = [
  'person',
  'contact',
  'day_user_case',
  'appointment',
  'joint_meeting',
  'stay',
];
const recordTypeOrder: readonly AuditRecordType[] = [
  ...personal,
  ...auditRecordTypes.filter((type) => !personal.includes(type)),
];

function History({ request }: { request: HistoryRequest }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const history = useRecordHistory(request.lookup, request.round);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { round, focus } = request;
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [round, focus]);
  return (
    <div className="havn-audit-section">
      <Heading
        level={3}
        data-size="xs"
        ref={headingRef}
        tabIndex={-1}
        className="havn-audit-section__heading havn-audit-history__heading"
      >
        {t('auditLog.history.resultsHeading', {
          type: labels.recordType(request.lookup.recordType),
          id: request.lookup.recordId,
        })}
      </Heading>
      <AuditEntries query={history} perspective="record" />
    </div>
  );
}

/**
 * "Hvem har sett eller endret": the kind of record and its id, then everyone who opened,
 * changed or was refused it. The lookup lives in component state only; it never goes into the
 * page's address, and no name is ever asked for.
 */
export function RecordHistorySection({
  request,
  onLookup,
}: {
  request: HistoryRequest | null;
  onLookup: (lookup: RecordLookup) => void;
}) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const headingId = useId();
  const idRef = useRef<HTMLInputElement>(null);
  const [idError, setIdError] = useState<string | undefined>();
  const [recordType, setRecordType] = useState<AuditRecordType>(
    request?.lookup.recordType ?? 'person',
  );
  const [id, setId] = useState(request?.lookup.recordId ?? '');
  // A lookup from elsewhere on the page (a grant's "Se historikken") fills in the form.
  const [seenRound, setSeenRound] = useState(request?.round ?? 0);
  if (request && request.round !== seenRound) {
    setSeenRound(request.round);
    if (request.focus) {
      setRecordType(request.lookup.recordType);
      setId(request.lookup.recordId);
      setIdError(undefined);
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const recordId = id.trim().toLowerCase();
    let problem: string | undefined;
    if (recordId === '') problem = t('auditLog.history.idMissing');
    else if (!isUuid(recordId)) problem = t('auditLog.history.idFormat');
    setIdError(problem);
    if (problem) {
      idRef.current?.focus();
      return;
    }
    onLookup({ recordType, recordId });
  };

  return (
    <section className="havn-audit-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('auditLog.history.heading')}
      </Heading>
      <Paragraph variant="long">{t('auditLog.history.intro')}</Paragraph>
      <form className="havn-form havn-audit-lookup" onSubmit={onSubmit} noValidate>
        <div className="havn-form__row">
          <Field className="havn-audit-lookup__type">
            <Label>{t('auditLog.history.recordType')}</Label>
            <Select
              name="recordType"
              value={recordType}
              onChange={(event) => {
                if (isAuditRecordType(event.target.value)) setRecordType(event.target.value);
              }}
            >
              {recordTypeOrder.map((type) => (
                <Select.Option key={type} value={type}>
                  {labels.recordType(type)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            ref={idRef}
            className="havn-audit-lookup__id"
            label={t('auditLog.history.recordId')}
            description={t('auditLog.history.recordIdDescription')}
            name="recordId"
            value={id}
            onChange={(event) => setId(event.target.value)}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            error={idError}
          />
        </div>
        <div>
          <Button type="submit">{t('auditLog.history.submit')}</Button>
        </div>
      </form>
      {request && (
        <History
          key={`${request.lookup.recordType} ${request.lookup.recordId} ${request.round}`}
          request={request}
        />
      )}
    </section>
  );
}
