import { dayVisitKinds } from '@havn/domain';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Authenticated } from '../../auth/me.ts';
import { CaseVisitForm } from '../../lib/CaseVisitForm.tsx';
import { osloDate } from './oslo-time.ts';
import { useAddVisit, type DayUserCase } from './day-users-api.ts';

const text = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/**
 * A day visit: a conversation at the centre, a home visit or company to a service, with the staff
 * who took part — the logged-in user to begin with, colleagues from the directory as well.
 */
export function VisitForm({
  me,
  dayCase,
  onDone,
  onCancel,
}: {
  me: Authenticated;
  dayCase: DayUserCase;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddVisit(dayCase.id);
  return (
    <CaseVisitForm
      meId={me.user.id}
      kinds={dayVisitKinds}
      initialKind="conversation"
      kindLabel={(k) => t(`dayService.visitKinds.${k}`)}
      date={{ defaultValue: osloDate(), min: dayCase.startedOn }}
      add={add}
      extra={(form) => ({ topic: text(form, 'topic'), agreed: text(form, 'agreed') })}
      texts={{
        date: t('dayService.visits.form.date'),
        minutes: t('dayService.visits.form.minutes'),
        kind: t('dayService.visits.form.kind'),
        interpreter: t('dayService.visits.form.interpreter'),
        staff: t('dayService.visits.form.staff'),
        submit: t('dayService.visits.form.submit'),
        dateMissing: t('dayService.visits.form.errors.dateMissing'),
        beforeStart: t('dayService.visits.form.errors.beforeStart'),
        minutesWrong: t('dayService.visits.form.errors.minutes'),
        staffMissing: t('dayService.visits.form.errors.staffMissing'),
        conflict: t('dayService.visits.form.errors.ended'),
      }}
      onDone={onDone}
      onCancel={onCancel}
    >
      <Textfield
        name="topic"
        label={t('dayService.visits.form.topic')}
        description={t('dayService.visits.form.topicDescription')}
        maxLength={500}
        autoComplete="off"
      />
      <Textfield
        multiline
        rows={3}
        name="agreed"
        label={t('dayService.visits.form.agreed')}
        maxLength={2000}
      />
    </CaseVisitForm>
  );
}
