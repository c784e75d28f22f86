import type { Language } from '../settings';
import type { Messages } from './keys';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { nl } from './locales/nl';

/**
 * One catalogue per language, in ICU MessageFormat (plurals, select, numbers), read by the
 * renderer for the UI and by the main process for the few things it shows itself (desktop
 * notifications, the menu, the start-up failure box). The main process never writes a sentence.
 */
export const catalogues: Record<Language, Messages> = { en, de, fr, nl, es };

/** The desk's language: the one chosen in Settings, else the first the OS prefers that we have. */
export function pickLanguage(
  preferred: Language | null,
  systemLocales: readonly string[],
): Language {
  if (preferred && Object.hasOwn(catalogues, preferred)) return preferred;
  for (const locale of systemLocales) {
    const base = locale.toLowerCase().split('-')[0] ?? '';
    if (Object.hasOwn(catalogues, base)) return base as Language;
  }
  return 'en';
}
