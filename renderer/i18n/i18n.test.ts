import { describe, expect, it } from 'vitest';
import { catalogues, pickLanguage, translate } from './index';
import { source as en } from './catalogue';

describe('i18n', () => {
  it('has every English key, non-empty, in every catalogue', () => {
    for (const [language, messages] of Object.entries(catalogues)) {
      for (const key of Object.keys(en)) {
        expect(messages?.[key as keyof typeof en], `${language} lacks ${key}`).toBeTruthy();
      }
      expect(Object.keys(messages ?? {}).sort(), `${language} has extra keys`).toEqual(
        Object.keys(en).sort(),
      );
    }
  });

  it('keeps the same placeholders in every language', () => {
    for (const messages of Object.values(catalogues)) {
      for (const [key, text] of Object.entries(en)) {
        const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(vars(messages![key as keyof typeof en])).toEqual(vars(text));
      }
    }
  });

  it('follows the chosen language, then the OS locales, then English', () => {
    expect(pickLanguage('de', ['en-US'])).toBe('de');
    expect(pickLanguage(null, ['de-AT', 'en'])).toBe('de');
    expect(pickLanguage(null, ['ja-JP'])).toBe('en');
    expect(translate(en, 'app.version', { version: '1.0.0' })).toBe('Version 1.0.0');
  });
});
