import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DayServicePage } from './ui.tsx';
import { uuidParam } from './appointment-form.ts';
import { AppointmentForm } from './AppointmentForm.tsx';
import { isDate, osloDate } from './oslo-time.ts';

/**
 * /calendar/ny: book an appointment. From a day-user case as `?person=<id>&sak=<id>`, with the
 * person and the case filled in; `?dato=` picks the day.
 */
export function NewAppointmentPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const caseId = uuidParam(params.get('sak'));
  const personId = uuidParam(params.get('person'));
  const rawDate = params.get('dato') ?? '';
  const initialDate = isDate(rawDate) ? rawDate : osloDate();
  return (
    <DayServicePage title={t('dayService.appointmentForm.title')} permission="appointments.manage">
      {(me) => (
        <>
          <Paragraph variant="long">{t('dayService.appointmentForm.intro')}</Paragraph>
          <AppointmentForm
            key={`${caseId ?? ''} ${personId ?? ''}`}
            me={me}
            caseId={caseId}
            personId={personId}
            initialDate={initialDate}
          />
        </>
      )}
    </DayServicePage>
  );
}
