import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Authenticated } from '../../auth/me.ts';
import { useOffShift, useShiftChange } from './shift-api.ts';

/**
 * On the pages that show person records and contacts: tells a coordinator or night watch who is
 * off shift why the lists are short, with the button that fixes it. Nothing when on shift.
 */
export function OffShiftNotice({ me }: { me: Authenticated }) {
  const { t } = useTranslation();
  const offShift = useOffShift(me);
  const change = useShiftChange();
  if (!offShift) return null;
  return (
    <Alert data-color="warning" className="havn-offshift">
      <Paragraph>{t('shift.notice')}</Paragraph>
      <Button
        data-size="sm"
        loading={change.isPending}
        onClick={() => {
          if (!change.isPending) change.mutate('start');
        }}
      >
        {t('shift.start')}
      </Button>
    </Alert>
  );
}
