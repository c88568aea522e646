import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useDeparture, type DepartureView } from './departures-api.ts';

/** The stay's departure as the dialogs need it: a spinner while it loads, else the error. */
export function DepartureLoader({
  stayId,
  children,
}: {
  stayId: string;
  children: (view: DepartureView) => ReactNode;
}) {
  const { t } = useTranslation();
  const view = useDeparture(stayId);
  if (view.isPending)
    return (
      <Paragraph className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('departures.loading')}
      </Paragraph>
    );
  if (view.isError)
    return (
      <Alert data-color="danger">
        <Paragraph>{t(errorMessageKey(view.error))}</Paragraph>
      </Alert>
    );
  return children(view.data);
}
