import { Alert, Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { useGenerateLetter } from './move-out-api.ts';
import '../departures/departures.css';

/**
 * /departures/letter/:stayId: the letter confirming the stay, for the housing application. Made
 * on request (the server records when and by whom) and printed from the browser; the print
 * style shows the letter alone.
 */
export function LetterPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const { stayId = '' } = useParams();
  const name = t('departures.letter.title');
  useDocumentTitle(name);
  const generate = useGenerateLetter(stayId);
  const letter = generate.data;
  const noName =
    generate.error instanceof ApiError &&
    generate.error.fields.some((f) => f.code === 'no_registered_name');

  return (
    <div className="havn-page havn-letter-page">
      <PageHeading>{name}</PageHeading>
      {!can(me, 'move_out.manage') ? (
        <Alert data-color="warning">
          <Paragraph>{t('departures.noAccess')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph variant="long" className="havn-no-print">
            {t('departures.letter.intro')}
          </Paragraph>
          {generate.isError && (
            <Alert data-color="danger" role="alert" className="havn-no-print">
              <Paragraph>
                {noName ? t('departures.letter.noName') : t(errorMessageKey(generate.error))}
              </Paragraph>
            </Alert>
          )}
          {letter ? (
            <>
              <Alert data-color="success" role="status" className="havn-no-print">
                <Paragraph>{t('departures.letter.recorded')}</Paragraph>
              </Alert>
              {!letter.mayShareWithHomeMunicipality && (
                <Alert data-color="info" className="havn-no-print">
                  <Paragraph>{t('departures.letter.consentMissing')}</Paragraph>
                </Alert>
              )}
              <article className="havn-letter" lang="nb" aria-labelledby="letter-title">
                <Heading level={2} data-size="sm" id="letter-title">
                  {letter.title}
                </Heading>
                {letter.paragraphs.map((p) => (
                  <Paragraph key={p}>{p}</Paragraph>
                ))}
                <div className="havn-letter__signature">
                  {letter.signature.map((line) => (
                    <Paragraph key={line}>{line}</Paragraph>
                  ))}
                </div>
              </article>
              <div className="havn-actions havn-no-print">
                <Button type="button" onClick={() => window.print()}>
                  {t('departures.letter.print')}
                </Button>
              </div>
            </>
          ) : (
            <div className="havn-actions">
              <Button type="button" loading={generate.isPending} onClick={() => generate.mutate()}>
                {t('departures.letter.generate')}
              </Button>
            </div>
          )}
          <DsLink asChild className="havn-no-print">
            <Link to="/departures">{t('departures.letter.back')}</Link>
          </DsLink>
        </>
      )}
    </div>
  );
}
