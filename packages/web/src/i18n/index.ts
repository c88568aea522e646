import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nb } from './nb.ts';

export const languages = ['nb', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'nb';

/** Where the chosen language is remembered. Not sensitive: only 'nb' or 'en'. */
const storageKey = 'havn.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    // Storage can be unavailable (private mode, blocked by policy): fall back to the default.
    return defaultLanguage;
  }
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is fine; the switch itself still works.
  }
}

/** The language currently shown, as one of ours. */
export const currentLanguage = (): Language =>
  isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;

/**
 * Bokmål ships with the first load; other languages load when chosen, so the first load carries
 * one set of texts rather than all of them.
 */
const loaders: Record<Exclude<Language, 'nb'>, () => Promise<object>> = {
  en: () => import('./en.ts').then((m) => m.en),
};

async function ensureLoaded(language: Language): Promise<void> {
  if (language === 'nb' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loaders[language]());
}

/** Bokmål texts that come with a module's pages rather than with the first load. */
const moduleTexts = {
  activate: () => import('./activate.nb.ts').then((m) => m.activateNb),
  contacts: () => import('./contacts.nb.ts').then((m) => m.contactsNb),
  partners: () => import('./partners.nb.ts').then((m) => m.partnersNb),
  people: () => import('./people.nb.ts').then((m) => m.peopleNb),
  staff: () => import('./staff.nb.ts').then((m) => m.staffNb),
  reestablishment: () => import('./reestablishment.nb.ts').then((m) => m.reestablishmentNb),
};

/** Loads a module's bokmål texts once; its lazy pages wait for it before they render. */
export async function ensureModuleTexts(module: keyof typeof moduleTexts): Promise<void> {
  if (i18next.getResource('nb', 'translation', module)) return;
  i18next.addResourceBundle('nb', 'translation', { [module]: await moduleTexts[module]() }, true);
}

/**
 * The texts every page past the login uses (people, staff, contacts and partners turn up in most
 * modules' pages): loaded once the user is logged in, so the login page does not carry them.
 */
export const ensureLoggedInTexts = (): Promise<void> =>
  Promise.all(
    (['contacts', 'partners', 'people', 'staff'] as const).map((m) => ensureModuleTexts(m)),
  ).then(() => undefined);

/** Switches the language at once, remembers it and tells assistive technology via `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  rememberLanguage(language);
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

void i18next.use(initReactI18next).init({
  resources: { nb: { translation: nb } },
  partialBundledLanguages: true,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  initAsync: false,
  // React escapes output itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Resolves when the remembered language's texts are in place; render after it. */
export const i18nReady: Promise<void> = (async () => {
  const remembered = storedLanguage();
  if (remembered !== defaultLanguage) await changeLanguage(remembered);
})();

export default i18next;
