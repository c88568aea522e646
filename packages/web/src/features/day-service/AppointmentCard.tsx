import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { formatTime } from './oslo-time.ts';
import { useCancelAppointment, type Appointment } from './appointments-api.ts';

/**
 * Whom the appointment is for. The server leaves out the person (and the notes) of someone the
 * user may not open: that is busy time, shielded. With no person and no notes either, it cannot
 * tell an appointment without a person from a shielded one, so both read as shielded.
 */
function Who({ appointment: a }: { appointment: Appointment }) {
  const { t } = useTranslation();
  if (a.person) return a.person.displayName;
  if (a.placeNote === null && a.safetyNote === null) return t('dayService.appointment.busy');
  return t('dayService.appointment.noPerson');
}

/** "Avlys", then the question and the answer, in place. */
function CancelAction({
  appointment,
  cancel,
  onCancelled,
}: {
  appointment: Appointment;
  cancel: ReturnType<typeof useCancelAppointment>;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const time = formatTime(appointment.startsAt);
  const stopAsking = () => {
    setAsking(false);
    requestAnimationFrame(() => triggerRef.current?.focus());
  };
  return (
    <div className="havn-confirm">
      {asking ? (
        <div className="havn-confirm__question">
          <Paragraph data-size="sm">{t('dayService.appointment.confirm', { time })}</Paragraph>
          <div className="havn-actions">
            <Button
              data-color="danger"
              data-size="sm"
              loading={cancel.isPending}
              autoFocus
              onClick={() => {
                if (!cancel.isPending)
                  cancel.mutate(appointment, {
                    onSuccess: onCancelled,
                    onError: stopAsking,
                  });
              }}
            >
              {t('dayService.appointment.confirmButton')}
            </Button>
            <Button variant="tertiary" data-size="sm" onClick={stopAsking}>
              {t('dayService.appointment.keep')}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button
            ref={triggerRef}
            variant="secondary"
            data-color="danger"
            data-size="sm"
            aria-label={t('dayService.appointment.cancelFor', { time })}
            onClick={() => {
              cancel.reset();
              setAsking(true);
            }}
          >
            {t('dayService.appointment.cancel')}
          </Button>
        </div>
      )}
    </div>
  );
}

/**
 * One appointment: when, where (the partner by name), whom it is for, who from the staff goes,
 * transport and the safety note. `headingLevel` fits it under the page's own headings.
 */
export function AppointmentCard({
  appointment: a,
  headingLevel = 3,
  cancellable = false,
  showDate,
}: {
  appointment: Appointment;
  headingLevel?: 2 | 3 | 4;
  cancellable?: boolean;
  /** A day in words before the time, for lists that span more than one day. */
  showDate?: (instant: string) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  // Here rather than in the button: the button is gone once the appointment shows cancelled.
  const cancel = useCancelAppointment();
  const error = cancel.isError
    ? cancel.error instanceof ApiError && cancel.error.code === 'conflict'
      ? t('dayService.appointment.conflict')
      : t(errorMessageKey(cancel.error))
    : null;
  const time = t('dayService.appointment.time', {
    from: formatTime(a.startsAt),
    to: formatTime(a.endsAt),
  });
  const place = t(`dayService.places.${a.place}`);
  const day = showDate?.(a.startsAt);
  const where = a.partner ? `${place}: ${a.partner.name}` : place;
  return (
    <Card data-color={a.cancelled ? 'neutral' : 'accent'} asChild>
      <article
        className={`havn-ds-card${a.cancelled ? ' havn-ds-card--cancelled' : ''}`}
        aria-labelledby={headingId}
      >
        <div className="havn-ds-card__top">
          <Heading level={headingLevel} data-size="2xs" id={headingId} tabIndex={-1}>
            <span className="havn-ds-card__time">
              {day && `${day} `}
              {time}
            </span>{' '}
            <span>{where}</span>
            {a.cancelled && (
              <>
                {' '}
                <Tag data-color="danger" data-size="sm">
                  {t('dayService.appointment.cancelled')}
                </Tag>
              </>
            )}
          </Heading>
        </div>
        <dl className="havn-ds-facts">
          <dt>{t('dayService.appointment.person')}</dt>
          <dd>
            <Who appointment={a} />
          </dd>
          <dt>{t('dayService.appointment.staff')}</dt>
          <dd>
            {a.staff.length > 0
              ? a.staff.map((s) => s.name).join(', ')
              : t('dayService.appointment.noStaff')}
          </dd>
          {a.place !== 'centre' && (
            <>
              <dt>{t('dayService.appointment.transport')}</dt>
              <dd>{t(`dayService.transport.${a.transport}`)}</dd>
            </>
          )}
          {a.placeNote && (
            <>
              <dt>{t('dayService.appointment.placeNote')}</dt>
              <dd>{a.placeNote}</dd>
            </>
          )}
        </dl>
        {a.safetyNote && (
          <div className="havn-ds-safety">
            <Paragraph data-size="sm">
              <strong>{t('dayService.appointment.safety')}:</strong> {a.safetyNote}
            </Paragraph>
          </div>
        )}
        {cancellable && !a.cancelled && (
          <CancelAction
            appointment={a}
            cancel={cancel}
            onCancelled={() => document.getElementById(headingId)?.focus()}
          />
        )}
        {error && (
          <Paragraph data-size="sm" role="alert">
            {error}
          </Paragraph>
        )}
      </article>
    </Card>
  );
}
