import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Feedback } from '../../lib/Feedback.tsx';
import { changeErrorText, useStaffChange } from './staff-api.ts';

/**
 * An action that needs a second thought: a button, then the question and a confirm button. When
 * it does not apply (nothing to end, already deactivated) it says so instead; it stays mounted
 * either way, so that what it just did is still told.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  done,
  run,
  available,
  unavailable,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  done: (result: unknown) => ReactNode;
  run: () => Promise<unknown>;
  available: boolean;
  unavailable: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const action = useStaffChange(run);
  const triggerRef = useRef<HTMLButtonElement>(null);
  if (!available && asking && !action.isPending) setAsking(false);
  // Back to the button that asked, once the question is gone (if the action still applies).
  const stopAsking = () => {
    setAsking(false);
    requestAnimationFrame(() => triggerRef.current?.focus());
  };
  return (
    <div className="havn-confirm">
      {!available ? (
        !action.isSuccess && <Paragraph data-size="sm">{unavailable}</Paragraph>
      ) : asking ? (
        <div className="havn-confirm__question">
          <Paragraph data-size="sm">{question}</Paragraph>
          <div className="havn-actions">
            <Button
              data-color="danger"
              data-size="sm"
              loading={action.isPending}
              autoFocus
              onClick={() => {
                if (!action.isPending) action.mutate(undefined, { onSuccess: stopAsking });
              }}
            >
              {confirmLabel}
            </Button>
            <Button variant="tertiary" data-size="sm" onClick={stopAsking}>
              {t('common.cancel')}
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
            onClick={() => {
              action.reset();
              setAsking(true);
            }}
          >
            {label}
          </Button>
        </div>
      )}
      <Feedback
        done={action.isSuccess ? done(action.data) : null}
        error={action.isError ? changeErrorText(t, action.error) : null}
      />
    </div>
  );
}
