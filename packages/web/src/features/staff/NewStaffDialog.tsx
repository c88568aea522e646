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
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { actorOf, type Authenticated } from '../../auth/me.ts';
import { FormError } from '../../lib/FormError.tsx';
import { ActivationCode } from './ActivationCode.tsx';
import { changeErrorText, staffApi, useStaffChange } from './staff-api.ts';

/** The server's rule for user names, after trimming and lower-casing. */
const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,49}$/;

type FieldName = 'displayName' | 'username' | 'roles' | 'municipalityNumber';
type FieldErrors = Partial<Record<FieldName, string>>;

interface Created {
  displayName: string;
  username: string;
  activationCode: string;
  activationExpiresAt: string;
}

/** The one-time activation code, with how to hand it over. */
function CreatedView({ created, onDone }: { created: Created; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Dialog.Block className="havn-dialog__sections">
      <Heading
        level={2}
        data-size="sm"
        ref={headingRef}
        tabIndex={-1}
        className="havn-dialog__heading"
      >
        {t('staff.created.title')}
      </Heading>
      <Alert data-color="warning" data-size="sm">
        <Paragraph data-size="sm">
          <strong>{t('staff.created.warning')}</strong>{' '}
          {t('staff.created.intro', { name: created.displayName })}
        </Paragraph>
      </Alert>
      <ActivationCode
        username={created.username}
        code={created.activationCode}
        expiresAt={created.activationExpiresAt}
      />
      <Paragraph data-size="sm">
        {t('staff.created.howTo', {
          name: created.displayName,
          url: `${window.location.origin}/aktiver`,
          username: created.username,
        })}
      </Paragraph>
      <div>
        <Button onClick={onDone}>{t('staff.created.done')}</Button>
      </div>
    </Dialog.Block>
  );
}

/**
 * The form: name, user name, roles, and a municipality number for a municipality contact. A role
 * the user may not grant is shown, not offered, with why.
 */
function NewStaffForm({
  me,
  onCreated,
}: {
  me: Authenticated;
  onCreated: (created: Created) => void;
}) {
  const { t } = useTranslation();
  const rolesErrorId = useId();
  const [chosen, setChosen] = useState<Role[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    displayName: useRef<HTMLInputElement>(null),
    username: useRef<HTMLInputElement>(null),
    roles: useRef<HTMLInputElement>(null),
    municipalityNumber: useRef<HTMLInputElement>(null),
  };
  const create = useStaffChange(staffApi.create);
  const isContact = chosen.includes('municipality_contact');

  const focusFirst = (found: FieldErrors) => {
    const first = (Object.keys(refs) as FieldName[]).find((name) => found[name]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get('displayName') ?? '').trim();
    const username = String(form.get('username') ?? '')
      .trim()
      .toLowerCase();
    const municipalityNumber = String(form.get('municipalityNumber') ?? '').trim();
    const found: FieldErrors = {};
    if (displayName === '') found.displayName = t('staff.create.errors.displayNameMissing');
    if (!usernamePattern.test(username)) found.username = t('staff.create.errors.usernameFormat');
    if (chosen.length === 0) found.roles = t('staff.create.errors.rolesMissing');
    if (isContact && !/^\d{4}$/.test(municipalityNumber)) {
      found.municipalityNumber = t('staff.create.errors.municipalityFormat');
    }
    setErrors(found);
    create.reset();
    if (focusFirst(found)) return;
    setAttempt((n) => n + 1);
    create.mutate(
      {
        displayName,
        username,
        roles: chosen,
        ...(isContact ? { municipalityNumber } : {}),
      },
      {
        onSuccess: (result) =>
          onCreated({
            displayName,
            username,
            activationCode: result.activationCode,
            activationExpiresAt: result.activationExpiresAt,
          }),
        onError: (error) => {
          const fromServer: FieldErrors = {};
          if (error instanceof ApiError && error.code === 'conflict') {
            fromServer.username = t('staff.create.errors.usernameTaken');
          }
          if (error instanceof ApiError && error.code === 'validation_failed') {
            for (const field of error.fields) {
              if (field.path === 'body.displayName')
                fromServer.displayName = t('staff.create.errors.displayNameMissing');
              if (field.path === 'body.username')
                fromServer.username = t('staff.create.errors.usernameFormat');
              if (field.path.startsWith('body.roles'))
                fromServer.roles = t('staff.create.errors.rolesMissing');
              if (field.path === 'body.municipalityNumber')
                fromServer.municipalityNumber = t('staff.create.errors.municipalityFormat');
            }
          }
          setErrors(fromServer);
          focusFirst(fromServer);
        },
      },
    );
  };

  const toggleRole = (role: Role, on: boolean) =>
    setChosen((current) => (on ? [...current, role] : current.filter((r) => r !== role)));

  // A field error says it all; otherwise the error above the form.
  const formError =
    create.isError && Object.keys(errors).length === 0 ? changeErrorText(t, create.error) : null;

  return (
    <Dialog.Block className="havn-dialog__sections">
      <Heading level={2} data-size="sm">
        {t('staff.create.title')}
      </Heading>
      <Paragraph data-size="sm">{t('staff.create.intro')}</Paragraph>
      <FormError message={formError} attempt={attempt} />
      <form className="havn-form" onSubmit={onSubmit} noValidate>
        <Textfield
          ref={refs.displayName}
          label={t('staff.create.displayName')}
          name="displayName"
          autoComplete="off"
          autoFocus
          error={errors.displayName}
        />
        <Textfield
          ref={refs.username}
          label={t('staff.create.username')}
          description={t('staff.create.usernameDescription')}
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username}
        />
        <Fieldset
          aria-invalid={errors.roles ? true : undefined}
          aria-describedby={errors.roles ? rolesErrorId : undefined}
        >
          <Fieldset.Legend>{t('staff.create.roles')}</Fieldset.Legend>
          <Fieldset.Description>
            {t('staff.create.rolesDescription')}
            {roles.some((role) => !mayGrantRole(actorOf(me), role)) &&
              ` ${t('staff.roleForm.notGrantable')}`}
          </Fieldset.Description>
          {roles.map((role, index) => (
            <Checkbox
              key={role}
              ref={index === 0 ? refs.roles : undefined}
              name="roles"
              value={role}
              label={t(`roles.${role}`)}
              checked={chosen.includes(role)}
              disabled={!mayGrantRole(actorOf(me), role)}
              onChange={(e) => toggleRole(role, e.target.checked)}
            />
          ))}
          {errors.roles && <ValidationMessage id={rolesErrorId}>{errors.roles}</ValidationMessage>}
        </Fieldset>
        {isContact && (
          <Textfield
            ref={refs.municipalityNumber}
            label={t('staff.create.municipality')}
            description={t('staff.create.municipalityDescription')}
            name="municipalityNumber"
            inputMode="numeric"
            autoComplete="off"
            className="havn-code-field"
            error={errors.municipalityNumber}
          />
        )}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('staff.create.submit')}
          </Button>
        </div>
      </form>
    </Dialog.Block>
  );
}

/**
 * "Ny ansatt" in a modal dialog. On success the activation code takes the form's place, shown
 * this once; the server keeps only its hash.
 */
export function NewStaffDialog({
  me,
  open,
  onClose,
}: {
  me: Authenticated;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<Created | null>(null);
  // A fresh form each time the dialog opens; the code is forgotten when it closes.
  const [round, setRound] = useState(0);
  const close = () => {
    setCreated(null);
    setRound((n) => n + 1);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      closeButton={t('common.closeDialog')}
      aria-label={created ? t('staff.created.title') : t('staff.create.title')}
      className="havn-dialog"
    >
      {open &&
        (created ? (
          <CreatedView created={created} onDone={close} />
        ) : (
          <NewStaffForm key={round} me={me} onCreated={setCreated} />
        ))}
    </Dialog>
  );
}
