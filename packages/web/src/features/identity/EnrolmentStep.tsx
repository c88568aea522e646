import { Button, Heading, List, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { api, dataOf, type RequestBody } from '../../api/http.ts';
import { queryClient } from '../../api/query-client.ts';
import { refreshMe } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { loginErrorText } from './login-errors.ts';
import { groupedSecret } from './secret.ts';

const enrolmentKey = ['enrolment'] as const;

/**
 * Setting up the authenticator app, for an account that has none: scan the QR code (or type the
 * key), then confirm with a first code. Success gives the recovery codes, shown once.
 */
export function EnrolmentStep({
  onEnrolled,
  onCancel,
}: {
  onEnrolled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('login.enrol.title'));
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // Each request makes a new secret, so ask once and keep the answer while the step is shown:
  // no refetch on focus, and forgotten as soon as the step is left.
  const enrolment = useQuery({
    queryKey: enrolmentKey,
    // A new secret for the app, as a QR code and as text.
    queryFn: () => dataOf(api.POST('/api/auth/enrolment')),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });

  const confirm = useMutation({
    mutationFn: (body: RequestBody<'/api/auth/enrolment/confirm', 'post'>) =>
      dataOf(api.POST('/api/auth/enrolment/confirm', { body })),
    onSuccess: ({ recoveryCodes }) => {
      queryClient.removeQueries({ queryKey: enrolmentKey });
      onEnrolled(recoveryCodes);
    },
    onError: (error) => {
      setCode('');
      // The pending secret is gone (set up in another tab, or too old): start again.
      if (error instanceof ApiError && error.status === 409) void enrolment.refetch();
      // After five wrong codes the server ends the login; the password step then says why.
      if (error instanceof ApiError && error.status === 401) void refreshMe();
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const entered = code.replace(/\s+/g, '');
    const valid = /^\d{6}$/.test(entered);
    setInvalid(!valid);
    if (!valid) return;
    setAttempt((n) => n + 1);
    confirm.mutate({ code: entered });
  };

  let setup;
  if (enrolment.isPending) {
    setup = (
      <Paragraph className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('login.enrol.preparing')}
      </Paragraph>
    );
  } else if (enrolment.isError) {
    setup = (
      <FormError
        message={t(errorMessageKey(enrolment.error))}
        attempt={enrolment.errorUpdateCount}
      />
    );
  } else {
    setup = (
      <div className="havn-enrol">
        <img
          className="havn-enrol__qr"
          src={enrolment.data.qrDataUrl}
          alt={t('login.enrol.qrAlt')}
          width={222}
          height={222}
        />
        <div>
          <Heading level={2} data-size="2xs">
            {t('login.enrol.secretLabel')}
          </Heading>
          <Paragraph>
            <code className="havn-secret">{groupedSecret(enrolment.data.secret)}</code>
          </Paragraph>
        </div>
      </div>
    );
  }

  return (
    <div className="havn-page havn-page--narrow">
      <PageHeading focusOnNavigation={false}>{t('login.enrol.title')}</PageHeading>
      <Paragraph>{t('login.enrol.intro')}</Paragraph>
      <List.Ordered aria-label={t('login.enrol.stepsLabel')}>
        <List.Item>{t('login.enrol.step1')}</List.Item>
        <List.Item>{t('login.enrol.step2')}</List.Item>
        <List.Item>{t('login.enrol.step3')}</List.Item>
      </List.Ordered>
      <div aria-live="polite">{setup}</div>
      <FormError
        message={
          confirm.isError
            ? loginErrorText(t, confirm.error, t('login.code.errors.wrongCode'))
            : null
        }
        attempt={attempt}
      />
      <form className="havn-form" onSubmit={onSubmit} noValidate>
        <Textfield
          label={t('login.code.label')}
          description={t('login.code.description')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          className="havn-code-field"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={invalid ? t('login.code.errors.codeFormat') : undefined}
        />
        <div>
          <Button type="submit" loading={confirm.isPending} disabled={!enrolment.isSuccess}>
            {t('login.enrol.submit')}
          </Button>
        </div>
      </form>
      <div className="havn-actions">
        <Button variant="tertiary" onClick={onCancel}>
          {t('login.code.cancel')}
        </Button>
      </div>
    </div>
  );
}
