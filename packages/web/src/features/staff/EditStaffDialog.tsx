import { mayGrantRole, roles, type Role } from '@havn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, can, type Authenticated } from '../../auth/me.ts';
import { ActivationCode } from './ActivationCode.tsx';
import { Feedback } from './Feedback.tsx';
import { formatDateTime } from './format.ts';
import {
  changeErrorText,
  refusalText,
  staffApi,
  staffDecision,
  useStaffChange,
  type StaffMember,
} from './staff-api.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="havn-dialog-section" aria-labelledby={id}>
      <Heading level={3} data-size="xs" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Police certificate (§7) and confidentiality declaration (§5) dates; empty = not registered. */
function DutiesSection({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const decision = staffDecision(me, member, {
    kind: 'register_duties',
    duties: ['police_certificate', 'confidentiality_declaration'],
  });
  if (!decision.allowed)
    return (
      <Section title={t('staff.duties.heading')}>
        <Paragraph data-size="sm">{refusalText(t, decision.reason)}</Paragraph>
      </Section>
    );
  return <DutiesForm member={member} />;
}

function DutiesForm({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
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
    <Section title={t('staff.duties.heading')}>
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
    </Section>
  );
}

/**
 * The roles, as checkboxes: one's own are shown, not changed. A municipality contact is tied to a
 * municipality number given at creation, and a casework role is the unit leader's to give: such
 * a role is shown, kept as it is, and says why.
 */
function RolesSection({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const decision = staffDecision(me, member, { kind: 'assign_roles', roles: member.roles });
  if (!decision.allowed)
    return (
      <Section title={t('staff.roleForm.heading')}>
        <Paragraph data-size="sm">{refusalText(t, decision.reason)}</Paragraph>
      </Section>
    );
  return <RolesForm me={me} member={member} />;
}

function RolesForm({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
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
    <Section title={t('staff.roleForm.heading')}>
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
    </Section>
  );
}

/**
 * An action that needs a second thought: a button, then the question and a confirm button. When
 * it does not apply (nothing to end, already deactivated) it says so instead; it stays mounted
 * either way, so that what it just did is still told.
 */
function ConfirmAction({
  label,
  question,
  confirmLabel,
  done,
  run,
  available,
  unavailable,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  done: (result: unknown) => ReactNode;
  run: () => Promise<unknown>;
  available: boolean;
  unavailable: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const action = useStaffChange(run);
  const triggerRef = useRef<HTMLButtonElement>(null);
  if (!available && asking && !action.isPending) setAsking(false);
  // Back to the button that asked, once the question is gone (if the action still applies).
  const stopAsking = () => {
    setAsking(false);
    requestAnimationFrame(() => triggerRef.current?.focus());
  };
  return (
    <div className="havn-confirm">
      {!available ? (
        !action.isSuccess && <Paragraph data-size="sm">{unavailable}</Paragraph>
      ) : asking ? (
        <div className="havn-confirm__question">
          <Paragraph data-size="sm">{question}</Paragraph>
          <div className="havn-actions">
            <Button
              data-color="danger"
              data-size="sm"
              loading={action.isPending}
              autoFocus
              onClick={() => {
                if (!action.isPending) action.mutate(undefined, { onSuccess: stopAsking });
              }}
            >
              {confirmLabel}
            </Button>
            <Button variant="tertiary" data-size="sm" onClick={stopAsking}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button
            ref={triggerRef}
            variant="secondary"
            data-color="danger"
            data-size="sm"
            onClick={() => {
              action.reset();
              setAsking(true);
            }}
          >
            {label}
          </Button>
        </div>
      )}
      <Feedback
        done={action.isSuccess ? done(action.data) : null}
        error={action.isError ? changeErrorText(t, action.error) : null}
      />
    </div>
  );
}

/** Removing the second factor of a casework account is the unit leader's: others are told so. */
function ResetMfaAction({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const decision = staffDecision(me, member, { kind: 'reset_second_factor' });
  if (!decision.allowed)
    return <Paragraph data-size="sm">{refusalText(t, decision.reason)}</Paragraph>;
  return (
    <ConfirmAction
      available={member.mfaEnabled}
      unavailable={t('staff.access.resetMfa.none')}
      label={t('staff.access.resetMfa.button')}
      question={t('staff.access.resetMfa.confirm', { name: member.displayName })}
      confirmLabel={t('staff.access.resetMfa.confirmButton')}
      done={() => t('staff.access.resetMfa.done')}
      run={() => staffApi.resetSecondFactor(member.id, member.version)}
    />
  );
}

/** A new activation code in place of a forgotten password: for a casework account, the unit leader's. */
function ResetPasswordAction({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  // The same credentials rule as the second factor's, whose action already says why it is refused.
  if (!staffDecision(me, member, { kind: 'reset_password' }).allowed) return null;
  return (
    <ConfirmAction
      available={member.active}
      unavailable={t('staff.access.resetPassword.none')}
      label={t('staff.access.resetPassword.button')}
      question={t('staff.access.resetPassword.confirm', { name: member.displayName })}
      confirmLabel={t('staff.access.resetPassword.confirmButton')}
      done={(result) => {
        const reset = result as { activationCode: string; activationExpiresAt: string };
        return (
          <>
            {t('staff.access.resetPassword.done', {
              time: formatDateTime(reset.activationExpiresAt),
            })}{' '}
            <code className="havn-secret havn-secret--large">{reset.activationCode}</code>
          </>
        );
      }}
      run={() => staffApi.resetPassword(member.id, member.version)}
    />
  );
}

/** Logins of someone else: end them all, remove the second factor, a new activation code for the password, or deactivate the account. */
function AccessSection({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const name = member.displayName;
  if (member.id === me.user.id) {
    return (
      <Section title={t('staff.access.heading')}>
        <Paragraph data-size="sm">{t('staff.access.self')}</Paragraph>
      </Section>
    );
  }
  const actions = [
    can(me, 'staff.revoke_sessions') && (
      <ConfirmAction
        key="sessions"
        available={member.activeSessions > 0}
        unavailable={t('staff.access.endSessions.none')}
        label={t('staff.access.endSessions.button')}
        question={t('staff.access.endSessions.confirm', { name })}
        confirmLabel={t('staff.access.endSessions.confirmButton')}
        done={(result) =>
          t('staff.access.endSessions.done', { count: (result as { ended: number }).ended })
        }
        run={() => staffApi.endSessions(member.id)}
      />
    ),
    can(me, 'staff.reset_mfa') && <ResetMfaAction key="mfa" me={me} member={member} />,
    can(me, 'staff.reset_password') && (
      <ResetPasswordAction key="password" me={me} member={member} />
    ),
    can(me, 'staff.deactivate') && (
      <ConfirmAction
        key="deactivate"
        available={member.active}
        unavailable={t('staff.access.deactivate.none')}
        label={t('staff.access.deactivate.button')}
        question={t('staff.access.deactivate.confirm', { name })}
        confirmLabel={t('staff.access.deactivate.confirmButton')}
        done={() => t('staff.access.deactivate.done')}
        run={() => staffApi.deactivate(member.id, member.version)}
      />
    ),
  ].filter(Boolean);
  if (actions.length === 0) return null;
  return <Section title={t('staff.access.heading')}>{actions}</Section>;
}

/**
 * Everything the user may change about one staff member, in a modal dialog opened from the
 * table. Closing returns focus to the button that opened it (the browser does that).
 */
export function EditStaffDialog({
  me,
  member,
  onClose,
}: {
  me: Authenticated;
  member: StaffMember | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog
      open={member !== null}
      onClose={onClose}
      closeButton={t('common.closeDialog')}
      aria-labelledby={headingId}
      className="havn-dialog"
    >
      {member && (
        <>
          <Dialog.Block>
            <Heading level={2} data-size="sm" id={headingId}>
              {member.displayName}
            </Heading>
            <Paragraph data-size="sm" className="havn-muted">
              {member.username}
            </Paragraph>
          </Dialog.Block>
          {/* Keyed by person: nothing said about one carries over to the next. */}
          <Dialog.Block key={member.id} className="havn-dialog__sections">
            {can(me, 'staff.update_duties') && <DutiesSection me={me} member={member} />}
            {can(me, 'staff.assign_roles') && <RolesSection me={me} member={member} />}
            <AccessSection me={me} member={member} />
          </Dialog.Block>
        </>
      )}
    </Dialog>
  );
}
