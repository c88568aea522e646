import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { can, type Authenticated } from '../../auth/me.ts';

/** The state with which the shortcut asks the contact log to open a new contact. */
export interface NewContactRequest {
  newContact: number;
}

/**
 * Alt+N ("N" for ny): log a contact. Where Alt+N types a character (macOS layouts: Option+N) and
 * focus is in a field, it is typing and is left alone; anywhere else, and in fields on layouts
 * where Alt+N types nothing, it is the shortcut.
 */
export function isLogContactShortcut(event: KeyboardEvent): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== 'KeyN')
    return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  const inField =
    target !== null && (target.isContentEditable || target.matches('input, textarea, select'));
  return !inField || event.key.toLowerCase() === 'n';
}

/**
 * Alt+N from every page behind the login: to the contact log, which opens a new contact (unless
 * one is open already). For those who may log contacts only.
 */
export function useLogContactShortcut(me: Authenticated): void {
  const navigate = useNavigate();
  const mayLog = can(me, 'contacts.log');
  useEffect(() => {
    if (!mayLog) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isLogContactShortcut(event)) return;
      event.preventDefault();
      const request: NewContactRequest = { newContact: Date.now() };
      void navigate('/contacts', { state: request });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mayLog, navigate]);
}
