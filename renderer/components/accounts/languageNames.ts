import type { Language } from '../../../shared/settings';

/**
 * Each language named in itself ("Deutsch", "Español"), as language pickers do, so that someone
 * who cannot read the current language still finds theirs.
 */
export function languageName(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
