import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { raisedText } from '../stays/TransitionHomeNotice.tsx';
import type { CapacityAlert } from './capacity-api.ts';

/**
 * The places that must be vacated, on the board (every alert of the centre) and in "find a
 * place" (those the household searched for raises, with what to do). A woman who must leave a
 * transition home is named by alias or initials, with a link to her stay where it leads.
 */
export function CapacityAlerts({
  alerts,
  unitName,
  waitingLabel,
  where,
}: {
  alerts: readonly CapacityAlert[];
  unitName: (unitId: string) => string;
  /** The label of a household on the waiting list, by id. */
  waitingLabel: (waitingId: string) => string | undefined;
  where: 'board' | 'find';
}) {
  const { t } = useTranslation();
  if (alerts.length === 0) return null;
  const headingId = `capacity-alerts-${where}`;
  return (
    <section aria-labelledby={headingId} className="havn-capacity-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t(where === 'board' ? 'capacity.board.alertsHeading' : 'capacity.find.alertsHeading')}
      </Heading>
      {alerts.map((alert) => {
        const unit = unitName(alert.unitId);
        const waiting = alert.waitingIds.flatMap((id) => waitingLabel(id) ?? []);
        const waitingLine =
          where === 'board' && waiting.length > 0
            ? ` ${t('capacity.board.alerts.waiting', { names: waiting.join(', ') })}`
            : '';
        if (alert.code !== 'vacate_transition_place')
          return (
            <Alert key={`${alert.code}-${alert.unitId}`} data-color="warning" data-size="sm">
              <Paragraph data-size="sm">
                {t(`capacity.board.alerts.${alert.code}`, { unit })}
                {waitingLine}
              </Paragraph>
            </Alert>
          );
        const name = alert.occupantLabel ?? t('capacity.alerts.someWoman');
        return (
          <Alert key={`${alert.code}-${alert.stayId}`} data-color="warning" data-size="sm">
            <Paragraph data-size="sm">
              {t(`capacity.alerts.vacate.${where}`, {
                name,
                unit,
                date: raisedText(alert.raisedAt),
              })}
              {waitingLine}
            </Paragraph>
            {where === 'find' && (
              <Paragraph data-size="sm">{t('capacity.alerts.vacate.todo')}</Paragraph>
            )}
            {alert.canOpenStay && alert.occupantLabel && (
              <Paragraph data-size="sm">
                <Link asChild>
                  <RouterLink to={`/stays/${alert.stayId}`}>
                    {t('capacity.alerts.openStay', { name: alert.occupantLabel })}
                  </RouterLink>
                </Link>
              </Paragraph>
            )}
          </Alert>
        );
      })}
    </section>
  );
}
