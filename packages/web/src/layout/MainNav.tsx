import { Button } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { moduleNameKey, modules } from '../modules.ts';

/**
 * The main menu: every module, in order. On wide screens it is a sidebar that is always open; on
 * narrow screens it folds behind a "Meny" button (aria-expanded) and closes after a choice.
 */
export function MainNav() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  return (
    <nav aria-label={t('nav.label')} className="havn-nav" onKeyDown={onKeyDown}>
      <Button
        ref={toggleRef}
        variant="secondary"
        className="havn-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          className="havn-nav__toggle-icon"
          viewBox="0 0 24 24"
          width="24"
          height="24"
        >
          <path d="M4 6h16M4 12h16M4 18h16" stroke="currentColor" strokeWidth="2" fill="none" />
        </svg>
        {t('nav.toggle')}
      </Button>
      <ul id={listId} className="havn-nav__list" data-open={open}>
        {modules.map((module) => (
          <li key={module.id}>
            {/* A module's own pages (a person, the partners) keep its menu item current. */}
            <NavLink
              to={module.path}
              end={module.path === '/'}
              className="havn-nav__link"
              onClick={() => setOpen(false)}
            >
              {t(moduleNameKey(module.id))}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
