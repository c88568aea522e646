import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { api, dataOf, type RequestBody } from '../../api/http.ts';
import { refreshMe } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { loginErrorText } from './login-errors.ts';

type Proof = RequestBody<'/api/auth/second-factor', 'post'>;

/** Spaces people type or paste into a code ("123 456") are not part of it. */
const compact = (value: string) => value.replace(/\s+/g, '');

/**
 * The second login step: the six digits from the authenticator app, or one of the recovery codes
 * for someone without their phone. `onCancel` ends the half-done login.
 */
export function CodeStep({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('login.code.title'));
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const confirm = useMutation({
    mutationFn: (proof: Proof) => dataOf(api.POST('/api/auth/second-factor', { body: proof })),
    onSuccess: () => refreshMe(),
    onError: (error) => {
      setValue('');
      // After five wrong codes the server ends the login; the password step then says why.
      if (error instanceof ApiError && error.status === 401) void refreshMe();
    },
  });

  const switchMethod = () => {
    setUseRecovery((recovery) => !recovery);
    setValue('');
    setInvalid(false);
    confirm.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const entered = compact(value);
    const valid = useRecovery ? entered !== '' : /^\d{6}$/.test(entered);
    setInvalid(!valid);
    if (!valid) return;
    setAttempt((n) => n + 1);
    confirm.mutate(useRecovery ? { recoveryCode: entered } : { code: entered });
  };

  const wrong = useRecovery
    ? t('login.code.errors.wrongRecovery')
    : t('login.code.errors.wrongCode');
  const fieldError = useRecovery
    ? t('login.code.errors.recoveryMissing')
    : t('login.code.errors.codeFormat');

  return (
    <div className="havn-page havn-page--narrow">
      <PageHeading focusOnNavigation={false}>{t('login.code.title')}</PageHeading>
      <Paragraph>{useRecovery ? t('login.code.recoveryIntro') : t('login.code.intro')}</Paragraph>
      <FormError
        message={confirm.isError ? loginErrorText(t, confirm.error, wrong) : null}
        attempt={attempt}
      />
      <form className="havn-form" onSubmit={onSubmit} noValidate>
        {useRecovery ? (
          <Textfield
            key="recovery"
            label={t('login.code.recoveryLabel')}
            description={t('login.code.recoveryDescription')}
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={invalid ? fieldError : undefined}
          />
        ) : (
          <Textfield
            key="code"
            label={t('login.code.label')}
            description={t('login.code.description')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            className="havn-code-field"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={invalid ? fieldError : undefined}
          />
        )}
        <div>
          <Button type="submit" loading={confirm.isPending}>
            {t('login.code.submit')}
          </Button>
        </div>
      </form>
      <div className="havn-actions">
        <Button variant="tertiary" onClick={switchMethod}>
          {useRecovery ? t('login.code.useApp') : t('login.code.useRecovery')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('login.code.cancel')}
        </Button>
      </div>
    </div>
  );
}
