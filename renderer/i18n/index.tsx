import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/settings';
import { catalogues, source, type MessageKey, type Messages } from './catalogue';

export { catalogues };

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

export function translate(
  messages: Messages,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  return messages[key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}

const I18nContext = createContext<{ language: Language; messages: Messages }>({
  language: 'en',
  messages: source,
});

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, messages: catalogues[language] ?? source }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `t` keeps its identity until the language changes, so it can be a memo's dependency. */
export function useI18n() {
  const { language, messages } = useContext(I18nContext);
  const t = useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => translate(messages, key, vars),
    [messages],
  );
  return { language, t };
}
