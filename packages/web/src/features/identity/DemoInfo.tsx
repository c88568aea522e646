import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../../api/http.ts';
import { groupedSecret } from './secret.ts';

/**
 * In demo mode: every loaded demo centre's accounts, their shared password and authenticator key,
 * marked clearly as demo only. Nothing at all outside demo mode, or if the question fails.
 */
export function DemoInfo() {
  const { t } = useTranslation();
  const demo = useQuery({
    queryKey: ['demo'],
    // `GET /api/auth/demo`: in demo mode only, the published demo accounts and their shared secrets.
    queryFn: ({ signal }) => dataOf(api.GET('/api/auth/demo', { signal })),
    staleTime: Infinity,
  });
  if (!demo.data?.demo) return null;
  const { centres, password, totpSecret } = demo.data;
  return (
    <Alert data-color="warning" className="havn-demo">
      <Heading level={2} data-size="xs">
        {t('login.demo.summary')}
      </Heading>
      <Paragraph>{t('login.demo.intro')}</Paragraph>
      {centres.map((centre) => (
        <Details key={centre.name} defaultOpen>
          <Details.Summary>{t('login.demo.caption', { centre: centre.name })}</Details.Summary>
          <Details.Content>
            <ul
              className="havn-demo__accounts"
              aria-label={t('login.demo.caption', { centre: centre.name })}
            >
              {centre.accounts.map((account) => (
                <li key={account.username}>
                  <code>{account.username}</code>
                  <span>{t(`roles.${account.role}`)}</span>
                </li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      ))}
      <dl className="havn-facts">
        {password && (
          <div>
            <dt>{t('login.demo.password')}</dt>
            <dd>
              <code>{password}</code>
            </dd>
          </div>
        )}
        {totpSecret && (
          <div>
            <dt>{t('login.demo.totp')}</dt>
            <dd>
              <code className="havn-secret">{groupedSecret(totpSecret)}</code>
              <span className="havn-facts__help">{t('login.demo.totpHelp')}</span>
            </dd>
          </div>
        )}
      </dl>
    </Alert>
  );
}
