import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { formatDayTime } from '../../lib/datetime.ts';
import { contactsApi, draftsKey, type Draft } from './contacts-api.ts';

function DraftItem({ draft, onResume }: { draft: Draft; onResume: (draft: Draft) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const discard = useMutation({
    mutationFn: () => contactsApi.discardDraft(draft.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: draftsKey }),
  });
  const time = formatDayTime(draft.openedAt);
  return (
    <li className="havn-drafts__item">
      <Paragraph>{t('contacts.drafts.item', { time })}</Paragraph>
      {asking ? (
        <div
          className="havn-actions"
          role="group"
          aria-label={t('contacts.drafts.discardQuestion', { time })}
        >
          <Paragraph data-size="sm">{t('contacts.drafts.discardQuestion', { time })}</Paragraph>
          <Button
            data-size="sm"
            data-color="danger"
            autoFocus
            loading={discard.isPending}
            onClick={() => discard.mutate()}
          >
            {t('contacts.drafts.discardConfirm')}
          </Button>
          <Button data-size="sm" variant="tertiary" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <div className="havn-actions">
          <Button
            data-size="sm"
            onClick={() => onResume(draft)}
            aria-label={t('contacts.drafts.resumeFor', { time })}
          >
            {t('contacts.drafts.resume')}
          </Button>
          <Button
            data-size="sm"
            variant="secondary"
            onClick={() => setAsking(true)}
            aria-label={t('contacts.drafts.discardFor', { time })}
          >
            {t('contacts.drafts.discard')}
          </Button>
        </div>
      )}
      {discard.isError && (
        <Paragraph data-size="sm" role="alert">
          {t(errorMessageKey(discard.error))}
        </Paragraph>
      )}
    </li>
  );
}

/**
 * "Du har en uferdig kontakt fra 03:12 – fortsett / forkast": what was typed in a tab that closed
 * (or a form that was closed) before the contact was logged.
 */
export function DraftOffer({
  drafts,
  onResume,
}: {
  drafts: readonly Draft[];
  onResume: (draft: Draft) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (drafts.length === 0) return null;
  return (
    <Alert data-color="info" className="havn-drafts">
      <section aria-labelledby={headingId}>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('contacts.drafts.heading', { count: drafts.length })}
        </Heading>
        <ul className="havn-drafts__list">
          {drafts.map((draft) => (
            <DraftItem key={draft.id} draft={draft} onResume={onResume} />
          ))}
        </ul>
      </section>
    </Alert>
  );
}
