import { Alert, Button, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { api, dataOf, type RequestBody } from '../../api/http.ts';
import { newPasswordError, serverPasswordError } from '../../auth/password-rules.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { loginErrorText } from './login-errors.ts';
import { NewPasswordFields } from '../../auth/NewPasswordFields.tsx';

interface Fields {
  username: string;
  activationCode: string;
  newPassword: string;
  repeat: string;
}
type FieldName = keyof Fields;

/**
 * /aktiver: a new staff member sets their own password with the one-time activation code they
 * were handed. The rules are told up front; the server's verdict on the password is shown on it.
 */
export function ActivatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('activate.title'));
  const [fields, setFields] = useState<Fields>({
    username: '',
    activationCode: '',
    newPassword: '',
    repeat: '',
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    username: useRef<HTMLInputElement>(null),
    activationCode: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };
  const doneRef = useRef<HTMLDivElement>(null);

  const activate = useMutation({
    mutationFn: (body: RequestBody<'/api/auth/activate', 'post'>) =>
      dataOf(api.POST('/api/auth/activate', { body })),
    onSuccess: () => {
      setFields({ username: '', activationCode: '', newPassword: '', repeat: '' });
      requestAnimationFrame(() => doneRef.current?.focus());
    },
    onError: (error) => {
      const problem = serverPasswordError(t, error);
      if (problem) {
        setErrors({ newPassword: problem });
        refs.newPassword.current?.focus();
      }
    },
  });

  const set = (name: FieldName) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (activate.isPending) return;
    const found: Partial<Record<FieldName, string>> = {};
    if (fields.username.trim() === '') found.username = t('activate.errors.usernameMissing');
    if (fields.activationCode.trim() === '')
      found.activationCode = t('activate.errors.codeMissing');
    const passwordError = newPasswordError(t, fields.newPassword);
    if (passwordError) found.newPassword = passwordError;
    if (!found.newPassword && fields.repeat !== fields.newPassword) {
      found.repeat = t('activate.errors.mismatch');
    }
    setErrors(found);
    activate.reset();
    const first = (Object.keys(refs) as FieldName[]).find((name) => found[name]);
    if (first) return refs[first].current?.focus();
    setAttempt((a) => a + 1);
    activate.mutate({
      username: fields.username.trim(),
      activationCode: fields.activationCode.trim(),
      newPassword: fields.newPassword,
    });
  };

  const serverError =
    activate.isError &&
    !(
      activate.error instanceof ApiError &&
      activate.error.code === 'validation_failed' &&
      errors.newPassword
    )
      ? loginErrorText(t, activate.error, t('activate.errors.wrongCode'))
      : null;

  if (activate.isSuccess) {
    return (
      <div className="havn-page havn-page--narrow">
        <PageHeading focusOnNavigation={false}>{t('activate.title')}</PageHeading>
        <Alert data-color="success" ref={doneRef} tabIndex={-1}>
          <Paragraph>{t('activate.done')}</Paragraph>
        </Alert>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/login">{t('activate.toLogin')}</RouterLink>
          </Link>
        </Paragraph>
      </div>
    );
  }

  return (
    <div className="havn-page havn-page--narrow">
      <PageHeading focusOnNavigation={false}>{t('activate.title')}</PageHeading>
      <Paragraph>{t('activate.intro')}</Paragraph>
      <FormError message={serverError} attempt={attempt} />
      <form className="havn-form" onSubmit={onSubmit} noValidate>
        <Textfield
          ref={refs.username}
          label={t('activate.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          value={fields.username}
          onChange={set('username')}
          error={errors.username}
        />
        <Textfield
          ref={refs.activationCode}
          label={t('activate.code')}
          description={t('activate.codeDescription')}
          name="activationCode"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={fields.activationCode}
          onChange={set('activationCode')}
          error={errors.activationCode}
        />
        <NewPasswordFields refs={refs} values={fields} errors={errors} onChange={set} />
        <div>
          <Button type="submit" loading={activate.isPending}>
            {t('activate.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
