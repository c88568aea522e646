import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/datetime.ts';
import type { SaveStatus } from './useDraftAutosave.ts';

/** Whether the draft of the open contact form is saved, being saved, or failed to save. */
export function DraftStatus({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  if (status.state === 'failed') {
    return (
      <Paragraph data-size="sm" role="status" className="havn-form-clock__draft">
        {t('contacts.form.draft.failed')}
      </Paragraph>
    );
  }
  // Not a live region: a save every few seconds is not news.
  return (
    <Paragraph data-size="sm" className="havn-form-clock__draft havn-muted">
      {status.state === 'saved'
        ? t('contacts.form.draft.saved', { time: formatTime(status.at) })
        : status.state === 'saving'
          ? t('contacts.form.draft.saving')
          : t('contacts.form.draft.idle')}
    </Paragraph>
  );
}
