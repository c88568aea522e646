import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { LoadError, Loading } from './ui.tsx';
import { AppointmentCard } from './AppointmentCard.tsx';
import { useMyAppointments } from './appointments-api.ts';
import { formatLongDate, osloDate } from './oslo-time.ts';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

/**
 * For the start page: "Dine avtaler neste døgn", the user's appointments in the next 24 hours,
 * with the way to the calendar and the day users. Nothing for those without appointments.
 */
export function MyAppointments() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const allowed = can(me, 'appointments.manage');
  const mine = useMyAppointments(allowed);
  const headingId = useId();
  if (!allowed) return null;
  const today = osloDate();
  // The next 24 hours may reach into tomorrow: those say which day.
  const dayOf = (instant: string) =>
    osloDate(instant) === today ? '' : `${capitalised(formatLongDate(osloDate(instant)))},`;

  let content;
  if (mine.isPending) content = <Loading text={t('dayService.home.loading')} />;
  else if (mine.isError) content = <LoadError error={mine.error} retry={() => mine.refetch()} />;
  else if (mine.data.length === 0) content = <Paragraph>{t('dayService.home.empty')}</Paragraph>;
  else
    content = (
      <ul className="havn-ds-cards" aria-labelledby={headingId}>
        {mine.data.map((appointment) => (
          <li key={appointment.id}>
            <AppointmentCard appointment={appointment} showDate={dayOf} />
          </li>
        ))}
      </ul>
    );

  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('dayService.home.heading')}
      </Heading>
      {content}
      <Paragraph className="havn-actions">
        <Link asChild>
          <RouterLink to="/calendar?vis=mine">{t('dayService.home.calendar')}</RouterLink>
        </Link>
        <Link asChild>
          <RouterLink to="/day-users">{t('dayService.home.dayUsers')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
