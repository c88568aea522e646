import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { queryClient } from '../../api/query-client.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can, type Authenticated } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { formatTime } from '../../lib/datetime.ts';
import { useLatest } from '../../lib/useLatest.ts';
import { newUuid } from '../../lib/uuid.ts';
import { moduleDescriptionKey, moduleNameKey } from '../../modules.ts';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { ContactCounts } from './ContactCounts.tsx';
import type { FormOutcome, FormSession } from './ContactForm.tsx';
import { ContactFormDialog } from './ContactFormDialog.tsx';
import { ContactLog } from './ContactLog.tsx';
import { contactsKey, useDrafts, type Draft } from './contacts-api.ts';
import { ContactsNav } from './ContactsNav.tsx';
import { DraftOffer } from './DraftOffer.tsx';
import { defaultFormState, fromPayload } from './form-state.ts';
import type { NewContactRequest } from './shortcut.ts';

function ContactsScreen({ me }: { me: Authenticated }) {
  const { t } = useTranslation();
  const mayLog = can(me, 'contacts.log');
  const [session, setSession] = useState<FormSession | null>(null);
  const [logged, setLogged] = useState<{ at: Date; minutes: number } | null>(null);
  const drafts = useDrafts(mayLog);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const shortcutId = useId();

  const openNew = () => {
    setLogged(null);
    setSession({
      draftId: newUuid(),
      openedAt: new Date().toISOString(),
      initial: defaultFormState,
    });
  };
  const resume = (draft: Draft) => {
    setLogged(null);
    setSession({
      draftId: draft.id,
      openedAt: draft.openedAt,
      initial: fromPayload(draft.payload),
    });
  };

  // Alt+N, from any page (useLogContactShortcut), comes here with a request: open a new contact,
  // unless one is open already. The request is then taken off the history entry.
  const openRef = useLatest(openNew);
  const formOpen = session !== null;
  const location = useLocation();
  const navigate = useNavigate();
  const requested = (location.state as NewContactRequest | null)?.newContact;
  useEffect(() => {
    if (requested === undefined) return;
    if (mayLog && !formOpen) openRef.current();
    void navigate('.', { replace: true, state: null });
  }, [requested, mayLog, formOpen, openRef, navigate]);

  const onDone = (outcome: FormOutcome) => {
    setSession(null);
    if (outcome.kind === 'logged') {
      setLogged({ at: new Date(), minutes: outcome.durationMinutes });
      void queryClient.invalidateQueries({ queryKey: contactsKey });
    } else {
      void queryClient.invalidateQueries({ queryKey: ['contacts', 'drafts'] });
    }
  };
  // Ready for the next call, whatever had focus when the form opened (Alt+N works from any page).
  // The page could not scroll under the dialog: bring the button (and what is told by it) into view.
  const onClosed = () => {
    buttonRef.current?.focus();
    buttonRef.current?.scrollIntoView({ block: 'center' });
  };

  const offered = (drafts.data ?? []).filter((d) => d.id !== session?.draftId);

  return (
    <>
      <OffShiftNotice me={me} />
      {mayLog && <DraftOffer drafts={offered} onResume={resume} />}
      {mayLog && (
        <div className="havn-log-button">
          <Button
            ref={buttonRef}
            data-size="lg"
            onClick={openNew}
            aria-describedby={shortcutId}
            aria-keyshortcuts="Alt+N"
          >
            {t('contacts.logButton')}
          </Button>
          <Paragraph data-size="sm" id={shortcutId} className="havn-muted">
            {t('contacts.shortcut')}
          </Paragraph>
        </div>
      )}
      <div role="status">
        {logged && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">
              {t('contacts.logged', {
                time: formatTime(logged.at),
                count: logged.minutes,
              })}
            </Paragraph>
          </Alert>
        )}
      </div>
      <ContactCounts />
      <ContactLog />
      {mayLog && (
        <ContactFormDialog me={me} session={session} onDone={onDone} onClosed={onClosed} />
      )}
    </>
  );
}

/**
 * /contacts: the shift's contact log (calls, walk-ins, messages, referrals), today's and this
 * month's counts, and "Logg kontakt" — a form made to be filled in from the keyboard in seconds.
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const name = t(moduleNameKey('contacts'));
  useDocumentTitle(name);
  const allowed = can(me, 'contacts.list');
  return (
    <div className="havn-page havn-page--contacts">
      <PageHeading>{name}</PageHeading>
      {allowed ? (
        <>
          <ContactsNav />
          <Paragraph variant="long">{t(moduleDescriptionKey('contacts'))}</Paragraph>
          <ContactsScreen me={me} />
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('contacts.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
