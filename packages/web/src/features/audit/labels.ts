import { useTranslation } from 'react-i18next';
import { isAuditRecordType } from './audit-api.ts';

/** `table[code]` if the code is one of its own keys: never a prototype's (`constructor`). */
const lookup = (table: Readonly<Record<string, string>>, code: string): string | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined;

/**
 * The words for the audit log's codes, in the reader's language: an action ("people.read" →
 * "Åpnet personen"), an outcome, a kind of record, a reason. A code without a translation is
 * shown as it is. The log holds codes only: a break-the-glass reason is read in the review list.
 */
export function useAuditLabels() {
  const { t } = useTranslation();
  const actions = t('auditLog.actions', { returnObjects: true }) as Record<string, string>;
  const reasons = t('auditLog.reasons', { returnObjects: true }) as Record<string, string>;
  const outcomes = t('auditLog.outcomes', { returnObjects: true }) as Record<string, string>;
  return {
    action: (code: string) => lookup(actions, code) ?? code,
    reason: (code: string) => lookup(reasons, code) ?? code,
    outcome: (code: string) => lookup(outcomes, code) ?? code,
    recordType: (code: string) =>
      isAuditRecordType(code) ? t(`auditLog.recordTypes.${code}`) : code,
  };
}
