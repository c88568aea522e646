import { Button, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api, dataOf, type RequestBody } from '../../api/http.ts';
import { refreshMe } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { DemoInfo } from './DemoInfo.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { loginErrorText } from './login-errors.ts';

interface Missing {
  username: boolean;
  password: boolean;
}

/** The first login step: user name and password. Success leads to the code or enrolment step. */
export function PasswordStep({ notice }: { notice: string | null }) {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({ username: false, password: false });
  const [attempt, setAttempt] = useState(0);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const login = useMutation({
    mutationFn: (body: RequestBody<'/api/auth/login', 'post'>) =>
      dataOf(api.POST('/api/auth/login', { body })),
    // Pending until `me` tells the next step, so the form does not flash back.
    onSuccess: () => refreshMe(),
    onError: () => {
      setPassword('');
      passwordRef.current?.focus();
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    const nowMissing = { username: username.trim() === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.username) return usernameRef.current?.focus();
    if (nowMissing.password) return passwordRef.current?.focus();
    setAttempt((n) => n + 1);
    login.mutate({ username: username.trim(), password });
  };

  const error = login.isError
    ? loginErrorText(t, login.error, t('login.errors.wrongCredentials'))
    : notice;

  return (
    <div className="havn-page havn-page--narrow">
      <PageHeading focusOnNavigation={false}>{t('login.title')}</PageHeading>
      <Paragraph>{t('login.intro')}</Paragraph>
      <FormError message={error} attempt={attempt} />
      <form className="havn-form" onSubmit={onSubmit} noValidate>
        <Textfield
          ref={usernameRef}
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={missing.username ? t('login.errors.usernameMissing') : undefined}
        />
        <Textfield
          ref={passwordRef}
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={missing.password ? t('login.errors.passwordMissing') : undefined}
        />
        <div>
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </div>
      </form>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/aktiver">{t('login.activate')}</RouterLink>
        </Link>
      </Paragraph>
      <DemoInfo />
    </div>
  );
}
