import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../shared/settings';
import { accounts } from './accounts';
import { actions } from './actions';
import { source } from './catalogue';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { guard } from './guard';
import { catalogues, pickLanguage, translate } from './index';
import { nl } from './nl';

type Area = Partial<Record<Language, Readonly<Record<string, string>>>>;

/** Every area as written, so a gap is named by area even while its language is not offered. */
const areas: Record<string, Area> = {
  core: { en, de, fr, nl, es },
  accounts,
  actions,
  guard,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it.each(LANGUAGES)('offers %s, complete in every area', (language) => {
    const missing = Object.entries(areas)
      .filter(([, area]) => !area[language])
      .map(([name]) => name);
    expect(missing, `${language} is missing in: ${missing.join(', ')}`).toEqual([]);
    expect(catalogues[language], `${language} is not offered`).toBeDefined();
  });

  for (const [name, area] of Object.entries(areas)) {
    const english = area.en ?? {};
    const written = LANGUAGES.filter((language) => area[language]);

    it.each(written)(`${name}: %s has exactly the English keys, none empty`, (language) => {
      const messages = area[language] ?? {};
      const missing = Object.keys(english).filter((key) => !messages[key]?.trim());
      const extra = Object.keys(messages).filter((key) => !(key in english));
      expect(missing, `${name}/${language} lacks`).toEqual([]);
      expect(extra, `${name}/${language} has extra keys`).toEqual([]);
    });

    it.each(written)(`${name}: %s keeps the English placeholders`, (language) => {
      const messages = area[language] ?? {};
      for (const [key, text] of Object.entries(english)) {
        expect(placeholders(messages[key] ?? ''), `${name}/${language} ${key}`).toEqual(
          placeholders(text),
        );
      }
    });
  }

  it('has no key in two areas (one would silently replace the other)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, area] of Object.entries(areas)) {
      for (const key of Object.keys(area.en ?? {})) {
        const other = seen.get(key);
        if (other) clashes.push(`${key} (${other}, ${name})`);
        seen.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('builds every offered catalogue from all areas, complete', () => {
    for (const [language, messages] of Object.entries(catalogues)) {
      expect(Object.keys(messages ?? {}).sort(), language).toEqual(Object.keys(source).sort());
      for (const [key, text] of Object.entries(messages ?? {})) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('follows the chosen language, then the OS locales, then English', () => {
    expect(pickLanguage('de', ['en-US'])).toBe('de');
    expect(pickLanguage(null, ['de-AT', 'en'])).toBe('de');
    expect(pickLanguage(null, ['ja-JP'])).toBe('en');
    expect(translate(source, 'app.version', { version: '1.0.0' })).toBe('Version 1.0.0');
  });
});
