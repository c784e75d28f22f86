import { LANGUAGES, type Language } from '../../shared/settings';
import { accounts } from './accounts';
import { actions } from './actions';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { guard } from './guard';
import { nl } from './nl';

/**
 * The UI's strings, one module per area (core in en.ts/de.ts/…, accounts.ts, actions.ts,
 * guard.ts) so that areas can grow independently. A language is offered only when every area has
 * it; a test fails when any key is missing in any language.
 */
type CoreKey = keyof typeof en;
export type MessageKey =
  CoreKey | keyof typeof accounts.en | keyof typeof actions.en | keyof typeof guard.en;
export type Messages = Record<MessageKey, string>;

const core: Partial<Record<Language, Record<CoreKey, string>>> = { en, de, fr, nl, es };

export const catalogues: Partial<Record<Language, Messages>> = Object.fromEntries(
  LANGUAGES.flatMap((language) => {
    const parts = [core[language], accounts[language], actions[language], guard[language]];
    return parts.every(Boolean) ? [[language, Object.assign({}, ...parts) as Messages]] : [];
  }),
);

/** The source catalogue, complete by construction. */
export const source: Messages = { ...en, ...accounts.en, ...actions.en, ...guard.en };
