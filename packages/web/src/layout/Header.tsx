import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="havn-header">
      <Link to="/" className="havn-brand">
        {t('app.name')}
      </Link>
      <LanguageSwitcher />
    </header>
  );
}
