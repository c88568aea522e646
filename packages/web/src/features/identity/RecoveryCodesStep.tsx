import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';

/**
 * The ten recovery codes, right after enrolment, shown this once: the server keeps only their
 * hashes. "Fortsett" moves on into Havn.
 */
export function RecoveryCodesStep({
  codes,
  onContinue,
}: {
  codes: readonly string[];
  onContinue: () => Promise<void>;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('login.recovery.title'));
  const [pending, setPending] = useState(false);
  const proceed = async () => {
    setPending(true);
    try {
      await onContinue();
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="havn-page havn-page--narrow">
      <PageHeading autoFocus>{t('login.recovery.title')}</PageHeading>
      <Alert data-color="warning">
        <Paragraph>
          <strong>{t('login.recovery.warning')}</strong> {t('login.recovery.intro')}
        </Paragraph>
      </Alert>
      <ul className="havn-recovery-codes" aria-label={t('login.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div>
        <Button loading={pending} onClick={() => void proceed()}>
          {t('login.recovery.continue')}
        </Button>
      </div>
    </div>
  );
}
