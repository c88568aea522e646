import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** «Forkast» the contact form, asked twice; cancelling the question gives focus back to it. */
export function DiscardButton({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return asking ? (
    <div className="havn-confirm__question" role="group" aria-label={t('contacts.form.discard')}>
      <Paragraph data-size="sm">{t('contacts.form.discardQuestion')}</Paragraph>
      <div className="havn-actions">
        <Button data-color="danger" data-size="sm" autoFocus onClick={onConfirm}>
          {t('contacts.form.discardConfirm')}
        </Button>
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  ) : (
    <Button ref={buttonRef} variant="tertiary" data-color="danger" onClick={() => setAsking(true)}>
      {t('contacts.form.discard')}
    </Button>
  );
}
