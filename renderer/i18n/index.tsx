import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/settings';
import { catalogues } from '../../shared/i18n/catalogue';
import { translator, type Translate } from '../../shared/i18n/translate';

export type { MessageKey } from '../../shared/i18n/keys';
export type { Translate } from '../../shared/i18n/translate';

export function pickLanguage(
  preferred: Language | null,
  systemLocales: readonly string[],
): Language {
  if (preferred && catalogues[preferred]) return preferred;
  for (const locale of systemLocales) {
    const base = locale.toLowerCase().split('-')[0] as Language;
    if (catalogues[base]) return base;
  }
  return 'en';
}

const I18nContext = createContext<{ language: Language; t: Translate }>({
  language: 'en',
  t: translator('en'),
});

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `t` keeps its identity until the language changes, so it can be a memo's dependency. */
export function useI18n() {
  return useContext(I18nContext);
}
