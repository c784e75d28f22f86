import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/settings';
import { translator, type Translate } from '../../shared/i18n/translate';

export { pickLanguage } from '../../shared/i18n/catalogue';
export type { MessageKey } from '../../shared/i18n/keys';
export type { Translate } from '../../shared/i18n/translate';

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
