import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { Language } from '../settings';
import { catalogues } from './catalogue';
import type { MessageKey } from './keys';

export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

// FormatJS keeps its parsed messages and Intl formatters here, shared by every translator.
const cache = createIntlCache();
const translators = new Map<Language, Translate>();

function intlFor(language: Language): IntlShape {
  return createIntl(
    {
      locale: language,
      defaultLocale: 'en',
      messages: catalogues[language],
      // Keys are typed and a test parses every message in every language, so an error here is
      // a missing variable at run time: the message is still shown, with its {placeholder}.
      onError: () => undefined,
    },
    cache,
  );
}

/** The sentences of one language. The result keeps its identity, so it can be a memo dependency. */
export function translator(language: Language): Translate {
  const known: Language = catalogues[language] ? language : 'en';
  let t = translators.get(known);
  if (!t) {
    const intl = intlFor(known);
    t = (key, vars) => intl.formatMessage({ id: key }, vars, { ignoreTag: true });
    translators.set(known, t);
  }
  return t;
}
