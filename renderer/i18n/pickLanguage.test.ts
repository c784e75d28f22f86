import { describe, expect, it } from 'vitest';
import { pickLanguage } from './index';

describe('pickLanguage', () => {
  it('follows the chosen language, then the OS locales, then English', () => {
    expect(pickLanguage('de', ['en-US'])).toBe('de');
    expect(pickLanguage(null, ['de-AT', 'en'])).toBe('de');
    expect(pickLanguage(null, ['ja-JP', 'nl-BE'])).toBe('nl');
    expect(pickLanguage(null, ['ja-JP'])).toBe('en');
  });
});
