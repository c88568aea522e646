import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from './day-users-api.ts';
import { PersonPicker } from './PersonPicker.tsx';
import { Loading } from './ui.tsx';

/**
 * Whom the appointment is for: the case's person, the person given without a case, or, when
 * neither came along (or could not be fetched), one found by name.
 */
export function AppointmentSubject({
  loading,
  failed,
  caseName,
  givenName,
  picked,
  onPick,
  error,
  inputRef,
}: {
  loading: boolean;
  failed: boolean;
  caseName: string | null;
  givenName: string | null;
  picked: PersonRef | null;
  onPick: (person: PersonRef | null) => void;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  if (loading) return <Loading text={t('dayService.appointmentForm.caseLoading')} />;
  if (caseName !== null)
    return <Paragraph>{t('dayService.appointmentForm.forCase', { name: caseName })}</Paragraph>;
  if (givenName !== null)
    return <Paragraph>{t('dayService.appointmentForm.forPerson', { name: givenName })}</Paragraph>;
  return (
    <>
      {failed && (
        <Alert data-color="warning">
          <Paragraph>{t('dayService.appointmentForm.caseFailed')}</Paragraph>
        </Alert>
      )}
      <PersonPicker
        label={t('dayService.appointmentForm.personLegend')}
        description={t('dayService.appointmentForm.personDescription')}
        value={picked}
        onChange={onPick}
        error={error}
        inputRef={inputRef}
      />
    </>
  );
}
