import { mayGrantRole, roles, type Role } from '@havn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, type Authenticated } from '../../auth/me.ts';
import { ActivationCode } from './ActivationCode.tsx';
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

/**
 * The roles, as checkboxes: one's own are shown, not changed. A municipality contact is tied to a
 * municipality number given at creation, and a casework role is the unit leader's to give: such
 * a role is shown, kept as it is, and says why.
 */
export function RolesSection({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const decision = staffDecision(me, member, { kind: 'assign_roles', roles: member.roles });
  const errorId = useId();
  const locked = (role: Role) =>
    role === 'municipality_contact' || !mayGrantRole(actorOf(me), role);
  const [missing, setMissing] = useState(false);
  const save = useStaffChange((body: { version: number; roles: Role[] }) =>
    staffApi.roles(member.id, body),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const chosen = new FormData(event.currentTarget).getAll('roles').map(String) as Role[];
    // A disabled checkbox is not in the form data: a locked role stays as it is.
    chosen.push(...member.roles.filter(locked));
    setMissing(chosen.length === 0);
    if (chosen.length === 0) return;
    save.mutate({ version: member.version, roles: chosen });
  };
  return (
    <DialogSection
      title={t('staff.roleForm.heading')}
      refusal={decision.allowed ? null : refusalText(t, decision.reason)}
    >
      <form key={member.version} className="havn-form" onSubmit={onSubmit}>
        <Fieldset
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
        >
          <Fieldset.Legend className="ds-sr-only">{t('staff.roleForm.heading')}</Fieldset.Legend>
          {/* Why a role is locked is said here, once: a disabled field's own description is
              greyed out below the contrast a text needs. */}
          <Fieldset.Description>
            {t('staff.roleForm.description')} {t('staff.roleForm.municipalityNote')}
            {roles.some((role) => role !== 'municipality_contact' && locked(role)) &&
              ` ${t('staff.roleForm.notGrantable')}`}
          </Fieldset.Description>
          {roles.map((role) => (
            <Checkbox
              key={role}
              name="roles"
              value={role}
              label={t(`roles.${role}`)}
              defaultChecked={member.roles.includes(role)}
              disabled={locked(role)}
            />
          ))}
          {missing && (
            <ValidationMessage id={errorId}>{t('staff.roleForm.missing')}</ValidationMessage>
          )}
        </Fieldset>
        <div>
          <Button type="submit" variant="secondary" loading={save.isPending}>
            {t('staff.roleForm.save')}
          </Button>
        </div>
      </form>
      <Feedback
        done={save.isSuccess ? t('staff.roleForm.saved') : null}
        error={save.isError ? changeErrorText(t, save.error) : null}
      />
      {save.data?.activationCode && save.data.activationExpiresAt && (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">
            <strong>{t('staff.created.warning')}</strong> {t('staff.roleForm.newCode')}
          </Paragraph>
          <ActivationCode
            username={member.username}
            code={save.data.activationCode}
            expiresAt={save.data.activationExpiresAt}
          />
        </Alert>
      )}
    </DialogSection>
  );
}
