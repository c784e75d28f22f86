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
