import { Alert, Button, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { api, dataOf, type RequestBody } from '../../api/http.ts';
import { newPasswordError, serverPasswordError } from '../../auth/password-rules.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { loginErrorText } from './login-errors.ts';
import { NewPasswordFields } from '../../auth/NewPasswordFields.tsx';

interface Fields {
  currentPassword: string;
  code: string;
  newPassword: string;
  repeat: string;
}
type FieldName = keyof Fields;
const empty: Fields = { currentPassword: '', code: '', newPassword: '', repeat: '' };

/** The server's word on one field (`wrong_password`, `wrong_code`), if it named that field. */
const refusedField = (error: unknown, path: string) =>
  error instanceof ApiError &&
  error.code === 'validation_failed' &&
  error.fields.some((f) => f.path === path);

/**
 * /konto/passord: the logged-in person changes their password. The current password and a fresh
 * code from the app prove it is them; every other session of theirs ends.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.password.title'));
  const [fields, setFields] = useState<Fields>(empty);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    code: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };
  const doneRef = useRef<HTMLDivElement>(null);

  const change = useMutation({
    mutationFn: (body: RequestBody<'/api/auth/password', 'post'>) =>
      dataOf(api.POST('/api/auth/password', { body })),
    onSuccess: () => {
      setFields(empty);
      requestAnimationFrame(() => doneRef.current?.focus());
    },
    onError: (error) => {
      const found: Partial<Record<FieldName, string>> = {};
      if (refusedField(error, 'body.currentPassword'))
        found.currentPassword = t('account.password.errors.wrongPassword');
      if (refusedField(error, 'body.code')) found.code = t('account.password.errors.wrongCode');
      const problem = serverPasswordError(t, error);
      if (problem) found.newPassword = problem;
      setErrors(found);
      setFields((f) => ({ ...f, code: '' }));
      const first = (Object.keys(refs) as FieldName[]).find((name) => found[name]);
      if (first) refs[first].current?.focus();
    },
  });

  const set = (name: FieldName) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const found: Partial<Record<FieldName, string>> = {};
    const code = fields.code.replace(/\s+/g, '');
    if (fields.currentPassword === '')
      found.currentPassword = t('account.password.errors.currentMissing');
    if (!/^\d{6}$/.test(code)) found.code = t('account.password.errors.codeFormat');
    const passwordError = newPasswordError(t, fields.newPassword);
    if (passwordError) found.newPassword = passwordError;
    else if (fields.repeat !== fields.newPassword) found.repeat = t('activate.errors.mismatch');
    setErrors(found);
    change.reset();
    const first = (Object.keys(refs) as FieldName[]).find((name) => found[name]);
    if (first) return refs[first].current?.focus();
    setAttempt((a) => a + 1);
    change.mutate({
      currentPassword: fields.currentPassword,
      code,
      newPassword: fields.newPassword,
    });
  };

  const fieldRefusal = Object.values(errors).some(Boolean);
  const serverError =
    change.isError && !fieldRefusal
      ? loginErrorText(t, change.error, t(errorMessageKey(change.error)))
      : null;

  return (
    <div className="havn-page havn-page--narrow">
      <PageHeading>{t('account.password.title')}</PageHeading>
      {change.isSuccess ? (
        <Alert data-color="success" ref={doneRef} tabIndex={-1}>
          <Paragraph>{t('account.password.done')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t('account.password.intro')}</Paragraph>
      )}
      <FormError message={serverError} attempt={attempt} />
      {!change.isSuccess && (
        <form className="havn-form" onSubmit={onSubmit} noValidate>
          <Textfield
            ref={refs.currentPassword}
            label={t('account.password.current')}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            value={fields.currentPassword}
            onChange={set('currentPassword')}
            error={errors.currentPassword}
          />
          <Textfield
            ref={refs.code}
            label={t('account.password.code')}
            description={t('account.password.codeDescription')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            className="havn-code-field"
            value={fields.code}
            onChange={set('code')}
            error={errors.code}
          />
          <NewPasswordFields refs={refs} values={fields} errors={errors} onChange={set} />
          <div>
            <Button type="submit" loading={change.isPending}>
              {t('account.password.submit')}
            </Button>
          </div>
        </form>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/konto">{t('account.password.back')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
