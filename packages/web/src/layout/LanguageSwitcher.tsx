import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages } from '../i18n/index.ts';

/**
 * Two toggle buttons in a group labelled "Språk" / "Language". Each language is named in itself
 * ("Norsk", "English") and marked with its own `lang`, so its name never changes.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <div role="group" aria-label={t('language.label')} className="havn-language">
      {languages.map((language) => (
        <Button
          key={language}
          lang={language}
          data-size="sm"
          variant={language === current ? 'primary' : 'tertiary'}
          aria-pressed={language === current}
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </Button>
      ))}
    </div>
  );
}
