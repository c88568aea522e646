import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { formatTime } from '../../lib/datetime.ts';
import { hasShifts, useShift, useShiftChange } from './shift-api.ts';

function ShiftToggle({ me }: { me: Authenticated }) {
  const { t } = useTranslation();
  const shift = useShift(me);
  const change = useShiftChange();
  const onShift = shift.data?.onShift === true;
  let state: string;
  if (shift.data) {
    state =
      onShift && shift.data.startedAt
        ? t('shift.onSince', { time: formatTime(shift.data.startedAt) })
        : t('shift.off');
  } else {
    state = shift.isError ? t('shift.unknown') : t('shift.checking');
  }
  return (
    <div className="havn-shift" role="group" aria-label={t('shift.label')}>
      <p className="havn-shift__state" data-on={onShift} role="status">
        {state}
      </p>
      {shift.data && (
        <Button
          data-size="sm"
          variant={onShift ? 'secondary' : 'primary'}
          loading={change.isPending}
          onClick={() => {
            if (!change.isPending) change.mutate(onShift ? 'end' : 'start');
          }}
        >
          {onShift ? t('shift.end') : t('shift.start')}
        </Button>
      )}
      {shift.isError && !shift.data && (
        <Button data-size="sm" variant="tertiary" onClick={() => void shift.refetch()}>
          {t('common.retry')}
        </Button>
      )}
      {change.isError && (
        <Paragraph data-size="sm" role="alert" className="havn-shift__error">
          {t(errorMessageKey(change.error))}
        </Paragraph>
      )}
    </div>
  );
}

/**
 * "Start vakt" / "Avslutt vakt" with the state in words ("På vakt siden 22:00"), for the casework
 * roles. Being on shift is part of the need to know, so it sits in the header on every page.
 */
export function ShiftControl({ me }: { me: Authenticated }) {
  return hasShifts(me) ? <ShiftToggle me={me} /> : null;
}
