import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../settings';
import { catalogues } from './catalogue';
import { translator } from './translate';

const english: Record<string, string> = catalogues.en;

/** The argument names a message uses, at any depth (inside plural and select branches too). */
function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (
      isArgumentElement(el) ||
      isNumberElement(el) ||
      isDateElement(el) ||
      isTimeElement(el) ||
      isPluralElement(el) ||
      isSelectElement(el)
    ) {
      into.add(el.value);
    }
    if (isPluralElement(el) || isSelectElement(el)) {
      for (const option of Object.values(el.options)) argumentNames(option.value, into);
    }
    if (isTagElement(el)) argumentNames(el.children, into);
  }
  return into;
}

const parsed = (text: string) => parse(text, { ignoreTag: true });

describe.each(LANGUAGES)('the %s catalogue', (language) => {
  const messages: Record<string, string> = catalogues[language];

  it('has exactly the English keys, none empty', () => {
    const missing = Object.keys(english).filter((key) => !messages[key]?.trim());
    const extra = Object.keys(messages).filter((key) => !(key in english));
    expect(missing, `${language} lacks`).toEqual([]);
    expect(extra, `${language} has extra keys`).toEqual([]);
  });

  it('is valid ICU MessageFormat, with the English arguments and every plural complete', () => {
    for (const [key, text] of Object.entries(messages)) {
      const elements = parsed(text);
      expect([...argumentNames(elements)].sort(), `${language} ${key}`).toEqual(
        [...argumentNames(parsed(english[key] ?? ''))].sort(),
      );
      for (const el of elements) {
        if (isPluralElement(el))
          expect(Object.keys(el.options), `${language} ${key}`).toContain('other');
      }
    }
  });

  it('words counts with plurals, never with "(s)"', () => {
    const t = translator(language);
    expect(t('block.done', { count: 1 })).not.toBe(t('block.done', { count: 2 }));
    for (const [key, text] of Object.entries(messages)) {
      expect(text, `${language} ${key}`).not.toMatch(/\((s|n|en|’s)\)/);
    }
  });
});

describe('translator', () => {
  it('fills arguments and picks plural forms per language', () => {
    expect(translator('en')('app.version', { version: '1.0.0' })).toBe('Version 1.0.0');
    expect(translator('en')('block.done', { count: 1 })).toBe('Time blocked in 1 calendar.');
    expect(translator('en')('block.done', { count: 3 })).toBe('Time blocked in 3 calendars.');
    expect(translator('de')('block.done', { count: 3 })).toBe('Zeit in 3 Kalendern blockiert.');
  });

  it('keeps one function per language, so it can be a memo dependency', () => {
    expect(translator('fr')).toBe(translator('fr'));
  });
});
