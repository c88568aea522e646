import 'i18next';
import type { NbTexts } from './nb.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: NbTexts };
  }
}
