import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Textfield,
  ToggleGroup,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import type { Authenticated } from '../../auth/me.ts';
import { DayServicePage, LoadError, Loading } from './ui.tsx';
import { AppointmentCard } from './AppointmentCard.tsx';
import { useCalendar } from './appointments-api.ts';
import { addDays, formatLongDate, isDate, osloDate, osloDay } from './oslo-time.ts';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

/** What the form tells the calendar after booking: `navigate(…, { state })`. */
export interface BookedState {
  booked?: string;
}

function CalendarScreen({ me }: { me: Authenticated }) {
  const { t } = useTranslation();
  const headingId = useId();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const today = osloDate();
  const raw = params.get('dato') ?? '';
  const date = isDate(raw) ? raw : today;
  const mine = params.get('vis') === 'mine';
  const calendar = useCalendar(osloDay(date), mine ? me.user.id : null);
  const booked = (location.state as BookedState | null)?.booked;

  const go = (next: { date?: string; mine?: boolean }) => {
    const query: Record<string, string> = {};
    const d = next.date ?? date;
    if (d !== today) query.dato = d;
    if (next.mine ?? mine) query.vis = 'mine';
    setParams(query, { replace: true });
  };

  let list;
  if (calendar.isPending) list = <Loading text={t('dayService.calendar.loading')} />;
  else if (calendar.isError)
    list = <LoadError error={calendar.error} retry={() => calendar.refetch()} />;
  else if (calendar.data.length === 0)
    list = (
      <Paragraph>
        {mine ? t('dayService.calendar.emptyMine') : t('dayService.calendar.empty')}
      </Paragraph>
    );
  else
    list = (
      <ul className="havn-ds-cards" aria-labelledby={headingId}>
        {calendar.data.map((appointment) => (
          <li key={appointment.id}>
            <AppointmentCard appointment={appointment} cancellable />
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <div role="status">
        {booked && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('dayService.calendar.booked')}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="havn-ds-toolbar">
        <Button asChild>
          <RouterLink to={`/calendar/ny?${new URLSearchParams({ dato: date })}`}>
            {t('dayService.calendar.new')}
          </RouterLink>
        </Button>
        <ToggleGroup
          className="havn-ds-toolbar__push"
          data-size="sm"
          aria-label={t('dayService.calendar.scope')}
          value={mine ? 'mine' : 'all'}
          onChange={(value) => go({ mine: value === 'mine' })}
        >
          <ToggleGroup.Item value="all">{t('dayService.calendar.all')}</ToggleGroup.Item>
          <ToggleGroup.Item value="mine">{t('dayService.calendar.mine')}</ToggleGroup.Item>
        </ToggleGroup>
      </div>
      <nav className="havn-ds-toolbar" aria-label={t('dayService.calendar.dayNav')}>
        <Button variant="secondary" onClick={() => go({ date: addDays(date, -1) })}>
          {t('dayService.calendar.previous')}
        </Button>
        <Textfield
          className="havn-ds-toolbar__date"
          type="date"
          label={t('dayService.calendar.date')}
          value={date}
          onChange={(e) => {
            if (isDate(e.target.value)) go({ date: e.target.value });
          }}
        />
        <Button variant="secondary" onClick={() => go({ date: addDays(date, 1) })}>
          {t('dayService.calendar.next')}
        </Button>
        {date !== today && (
          <Button variant="tertiary" onClick={() => go({ date: today })}>
            {t('dayService.calendar.today')}
          </Button>
        )}
      </nav>
      <section className="havn-ds-section" aria-labelledby={headingId}>
        <Heading level={2} data-size="sm" id={headingId} aria-live="polite">
          {capitalised(formatLongDate(date))}
        </Heading>
        {list}
      </section>
    </>
  );
}

/**
 * /calendar: one day's appointments, in and outside the centre (today unless `?dato=`), for the
 * whole centre or only mine (`?vis=mine`), with "Ny avtale" and cancelling.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  return (
    <DayServicePage title={t('dayService.calendar.title')} permission="appointments.manage">
      {(me) => <CalendarScreen me={me} />}
    </DayServicePage>
  );
}
