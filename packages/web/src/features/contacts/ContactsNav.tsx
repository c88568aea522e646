import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The contact module's two pages: the log and the partner register. */
export function ContactsNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('contacts.nav.label')} className="havn-subnav">
      <ul>
        <li>
          <NavLink to="/contacts" end className="havn-subnav__link">
            {t('contacts.nav.log')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/contacts/partners" className="havn-subnav__link">
            {t('contacts.nav.partners')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
