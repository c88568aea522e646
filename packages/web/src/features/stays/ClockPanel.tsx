import { Alert, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../day-service/oslo-time.ts';
import type { Stay } from './stays-api.ts';

/**
 * The six-week clock: day X, overnights of the agreed limit, when the limit is reached, and an
 * alert from the warning on — per the home municipality's agreement, else the centre's default.
 */
export function ClockPanel({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const { clock } = stay;
  const limitDate = formatShortDate(clock.limitDate);
  const alert =
    clock.status === 'warning'
      ? t('stays.clock.warningText', { count: clock.daysUntilLimit, date: limitDate })
      : clock.status === 'limit_reached'
        ? t('stays.clock.limitText', { limit: clock.limitDays })
        : clock.status === 'beyond'
          ? t('stays.clock.beyondText', { count: clock.daysBeyond, limit: clock.limitDays })
          : null;
  return (
    <>
      <div className="havn-stays__clock">
        <Paragraph data-size="lg">
          <strong>{t('stays.clock.day', { day: clock.dayOfStay })}</strong>
        </Paragraph>
        <Paragraph>
          {t('stays.clock.nights', { overnights: clock.overnights, limit: clock.limitDays })}
        </Paragraph>
        {!stay.departureAt && (
          <Paragraph>{t('stays.clock.limitOn', { date: limitDate })}</Paragraph>
        )}
        <Tag
          data-color={
            clock.status === 'ok' ? 'success' : clock.status === 'warning' ? 'warning' : 'danger'
          }
        >
          {t(`stays.clock.status.${clock.status}`)}
        </Tag>
      </div>
      {alert && (
        <Alert data-color={clock.status === 'warning' ? 'warning' : 'danger'}>
          <Paragraph>{alert}</Paragraph>
          {clock.status === 'beyond' && (
            <Paragraph data-size="sm">
              {clock.billDaysBeyond ? t('stays.clock.billed') : t('stays.clock.notBilled')}
            </Paragraph>
          )}
        </Alert>
      )}
      <Paragraph data-size="sm" className="havn-muted">
        {t(`stays.clock.source.${clock.termsSource}`, {
          name: stay.person.homeMunicipality?.name ?? '',
        })}
      </Paragraph>
    </>
  );
}
