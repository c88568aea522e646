import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authenticated } from '../../auth/me.ts';
import { DialogSection } from './DialogSection.tsx';
import { Feedback } from '../../lib/Feedback.tsx';
import {
  changeErrorText,
  refusalText,
  staffApi,
  staffDecision,
  useStaffChange,
  type StaffMember,
} from './staff-api.ts';

/** Police certificate (§7) and confidentiality declaration (§5) dates; empty = not registered. */
export function DutiesSection({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const decision = staffDecision(me, member, {
    kind: 'register_duties',
    duties: ['police_certificate', 'confidentiality_declaration'],
  });
  const save = useStaffChange((body: Parameters<typeof staffApi.duties>[1]) =>
    staffApi.duties(member.id, body),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const date = (name: string) => {
      const value = String(form.get(name) ?? '');
      return value === '' ? null : value;
    };
    save.mutate({
      version: member.version,
      policeCertificateDate: date('policeCertificateDate'),
      confidentialityDeclarationDate: date('confidentialityDeclarationDate'),
    });
  };
  return (
    <DialogSection
      title={t('staff.duties.heading')}
      refusal={decision.allowed ? null : refusalText(t, decision.reason)}
    >
      <Paragraph data-size="sm">{t('staff.duties.description')}</Paragraph>
      {/* Keyed by version: fresh data (after a save, or a conflict) resets the fields. */}
      <form key={member.version} className="havn-form" onSubmit={onSubmit}>
        <div className="havn-form__row">
          <Textfield
            type="date"
            label={t('staff.duties.police')}
            name="policeCertificateDate"
            defaultValue={member.policeCertificateDate ?? ''}
          />
          <Textfield
            type="date"
            label={t('staff.duties.confidentiality')}
            name="confidentialityDeclarationDate"
            defaultValue={member.confidentialityDeclarationDate ?? ''}
          />
        </div>
        <div>
          <Button type="submit" variant="secondary" loading={save.isPending}>
            {t('staff.duties.save')}
          </Button>
        </div>
      </form>
      <Feedback
        done={save.isSuccess ? t('staff.duties.saved') : null}
        error={save.isError ? changeErrorText(t, save.error) : null}
      />
    </DialogSection>
  );
}
