import { concernMessage } from '@havn/domain';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concern } from './children-api.ts';

/** The report as sent, or as it will be: to read, copy and print. */
export function MessageView({ message }: { message: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <pre className="havn-ch-message" aria-label={t('children.concern.message')} tabIndex={0}>
        {message}
      </pre>
      <div className="havn-actions">
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() =>
            void navigator.clipboard.writeText(message).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('children.concern.copy')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
          {t('children.concern.print')}
        </Button>
      </div>
      <div role="status">
        {copied && <Paragraph data-size="sm">{t('children.concern.copied')}</Paragraph>}
      </div>
    </>
  );
}

/** The report `concernMessage` makes for this concern, sent by `senderName` to `office`. */
export const previewMessage = (
  concern: Concern,
  office: { name: string },
  sentOn: string,
  senderName: string,
) =>
  concernMessage({
    child: concern.child,
    concern: concern.concern,
    office,
    sentOn,
    sender: { name: senderName },
    centre: { name: concern.centreName },
  });
