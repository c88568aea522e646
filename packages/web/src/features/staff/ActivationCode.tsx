import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format.ts';

/** A one-time activation code with the user name it goes with, and until when it works. */
export function ActivationCode({
  username,
  code,
  expiresAt,
}: {
  username: string;
  code: string;
  expiresAt: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="havn-facts">
        <div>
          <dt>{t('staff.create.username')}</dt>
          <dd>
            <code>{username}</code>
          </dd>
        </div>
        <div>
          <dt>{t('staff.created.codeLabel')}</dt>
          <dd>
            <code className="havn-secret havn-secret--large">{code}</code>
          </dd>
        </div>
      </dl>
      <Paragraph data-size="sm">
        {t('staff.created.expires', { time: formatDateTime(expiresAt) })}
      </Paragraph>
    </>
  );
}
