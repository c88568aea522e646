import { Dialog } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authenticated } from '../../auth/me.ts';
import { useLatest } from '../../lib/useLatest.ts';
import { ContactForm, type FormOutcome, type FormSession } from './ContactForm.tsx';

/**
 * "Logg kontakt" in a modal dialog. Closing it (Escape, the close button) keeps what was typed
 * as a draft, offered again on the page; only "Forkast" throws it away.
 *
 * `onClosed` runs on the dialog's own close event: the browser has given focus back to whatever
 * opened the dialog by then, so focus moved there is not taken away again. (When the form is
 * saved, the dialog is closed by an effect after the render, at no fixed moment.)
 */
export function ContactFormDialog({
  me,
  session,
  onDone,
  onClosed,
}: {
  me: Authenticated;
  session: FormSession | null;
  onDone: (outcome: FormOutcome) => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onClosedRef = useLatest(onClosed);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const closed = () => onClosedRef.current();
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, [onClosedRef]);
  return (
    <Dialog
      ref={dialogRef}
      open={session !== null}
      onClose={() => onDone({ kind: 'closed' })}
      closeButton={t('contacts.form.close')}
      aria-labelledby={headingId}
      className="havn-dialog havn-dialog--form"
    >
      {session && (
        <ContactForm
          key={session.draftId}
          me={me}
          session={session}
          headingId={headingId}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}
