import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { formatShortDate } from '../day-service/oslo-time.ts';
import { useOverdue } from './overdue.ts';
import './protection.css';

/** On the start page, for those who work stays: residents whose risk must be (re)assessed. */
export function ReassessmentCard() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const allowed = can(me, 'stays.work');
  const overdue = useOverdue(allowed);
  const headingId = useId();
  if (!allowed || !overdue.isSuccess) return null;
  const items = overdue.data;
  return (
    <Card data-color={items.length > 0 ? 'warning' : 'neutral'} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('protection.card.heading')}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{t('protection.card.none')}</Paragraph>
      ) : (
        <ul className="havn-protection__list">
          {items.map((item) => (
            <li key={item.stayId}>
              <Link asChild>
                <RouterLink to={`/stays/${item.stayId}`}>
                  {t('protection.card.item', {
                    resident: item.resident,
                    reason: t(`protection.reasons.${item.reason}`),
                  })}
                </RouterLink>
              </Link>{' '}
              <span className="havn-muted">
                (
                {item.state === 'due'
                  ? t('protection.card.dueToday')
                  : t('protection.card.overdueSince', { date: formatShortDate(item.dueOn) })}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
