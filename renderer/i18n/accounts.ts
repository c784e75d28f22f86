import type { Language } from '../../shared/settings';

/** Welcome screen, connecting accounts and settings. English is the source; see catalogue.ts. */
const en = {
  'settings.open': 'Settings',
} as const;

export const accounts: { en: typeof en } & Partial<
  Record<Exclude<Language, 'en'>, Record<keyof typeof en, string>>
> = {
  en,
  de: {
    'settings.open': 'Einstellungen',
  },
};
