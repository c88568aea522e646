import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import { IncidentList } from './IncidentList.tsx';
import { useHouseRules, useOpenIncidents } from './protection-api.ts';
import './protection.css';

/**
 * /stays/incidents: report an incident at once — the resident field has focus, Ctrl+Enter
 * sends — and the incidents whose follow-up is not done. The house rules are at hand below.
 */
export function IncidentsPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(t('protection.incidents.title'));
  const allowed = can(me, 'incidents.report');
  return (
    <div className="havn-page havn-protection">
      <PageHeading focusOnNavigation={false}>{t('protection.incidents.title')}</PageHeading>
      {allowed ? (
        <>
          <OffShiftNotice me={me} />
          <section className="havn-protection" aria-labelledby="incident-report">
            <Heading level={2} data-size="sm" id="incident-report">
              {t('protection.incident.heading')}
            </Heading>
            <IncidentForm autoFocus />
          </section>
          <OpenFollowUps />
          <RulesAtHand />
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('protection.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

function OpenFollowUps() {
  const { t } = useTranslation();
  const incidents = useOpenIncidents();
  const headingId = useId();
  let content;
  if (incidents.isPending) content = <Loading text={t('protection.loading')} />;
  else if (incidents.isError)
    content = <LoadError error={incidents.error} retry={() => incidents.refetch()} />;
  else if (incidents.data.length === 0)
    content = <Paragraph>{t('protection.incidents.none')}</Paragraph>;
  else content = <IncidentList incidents={incidents.data} showResident headingLevel={3} />;
  return (
    <section className="havn-protection" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('protection.incidents.open')}
      </Heading>
      {content}
    </section>
  );
}

/** The house rules and the screened units' extended rules, read-only. */
function RulesAtHand() {
  const { t } = useTranslation();
  const rules = useHouseRules();
  if (!rules.isSuccess) return null;
  const parts = [
    ...(rules.data.centre
      ? [
          {
            key: 'centre',
            title: t('protection.settings.centreRules'),
            text: rules.data.centre.text,
          },
        ]
      : []),
    ...rules.data.units.flatMap((u) =>
      u.rules
        ? [
            {
              key: u.unitId,
              title: t('protection.settings.unitRules', { unit: u.name }),
              text: u.rules.text,
            },
          ]
        : [],
    ),
  ];
  if (parts.length === 0) return null;
  return (
    <section className="havn-protection" aria-labelledby="house-rules">
      <Heading level={2} data-size="sm" id="house-rules">
        {t('protection.incidents.houseRules')}
      </Heading>
      {parts.map((p) => (
        <Details key={p.key}>
          <Details.Summary>{p.title}</Details.Summary>
          <Details.Content>
            <Paragraph className="havn-protection__rules">{p.text}</Paragraph>
          </Details.Content>
        </Details>
      ))}
    </section>
  );
}
