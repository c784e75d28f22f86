import { describe, expect, it } from 'vitest';
import {
  type PatientFields,
  autocompleteKeyword,
  fold,
  matchesPatient,
  parseQuery,
  phoneMatches,
  samePerson,
  significantDigits,
} from './match';

const mathilda: PatientFields = {
  name: 'Mathilda Hoffmann',
  email: 'm.hoffmann@example.org',
  phone: '+49 30 5550123',
};
const matches = (query: string, patient: PatientFields = mathilda) =>
  matchesPatient(parseQuery(query), patient);

describe('matching words', () => {
  it('finds every word in any order', () => {
    expect(matches('Hoffmann Mathilda')).toBe(true);
    expect(matches('Mathilda Hoffmann')).toBe(true);
    expect(matches('hoff mat')).toBe(true);
  });

  it('needs every word', () => {
    expect(matches('Hoffmann Erika')).toBe(false);
    expect(matches('Hoffmann Mathilda Becker')).toBe(false);
  });

  it('ignores case, accents, ß and extra spaces', () => {
    const patient = { name: 'José Martínez Muñoz', email: null, phone: null };
    expect(matches('  martinez   JOSE ', patient)).toBe(true);
    expect(matches('munoz', patient)).toBe(true);
    expect(matches('Strasse', { name: 'Jan Straße', email: null, phone: null })).toBe(true);
    expect(fold('Müller  Ö')).toBe('muller o');
  });

  it('searches the e-mail address too', () => {
    expect(matches('example.org')).toBe(true);
    expect(matches('m.hoffmann')).toBe(true);
  });

  it('finds nothing with nothing to look for', () => {
    expect(matches(' , ; ')).toBe(false);
  });
});

describe('phone numbers', () => {
  it('keeps the digits that name the number, whatever the dialling prefix', () => {
    expect(significantDigits('+49 (30) 555-0123')).toBe('49305550123');
    expect(significantDigits('0049 30 5550123')).toBe('49305550123');
    expect(significantDigits('030 555 0123')).toBe('305550123');
    expect(significantDigits('abc')).toBe('');
  });

  it('reads a query of digits, spaces and signs as a phone number', () => {
    expect(parseQuery('030 555 0123')).toEqual({
      words: [],
      phone: '305550123',
      international: false,
    });
    expect(parseQuery('+49 30 555').international).toBe(true);
    expect(parseQuery('0049 30 555').international).toBe(true);
    // Too short to name anyone: read as text (and then matches only text).
    expect(parseQuery('07').phone).toBeNull();
  });

  it('finds a number typed with spaces, a plus or the national zero', () => {
    for (const typed of ['+49 30 5550123', '0049 30 5550123', '030 5550123', '5550123', '555 01']) {
      expect(matches(typed), typed).toBe(true);
    }
    expect(matches('030 5550124')).toBe(false);
  });

  it('finds a national number from one typed with its country code', () => {
    const stored = { ...mathilda, phone: '0151 2345678' };
    expect(matches('+49 151 2345678', stored)).toBe(true);
    expect(matches('0049 1512345678', stored)).toBe(true);
    // Without a plus or 00 the leading digits are part of the number.
    expect(matches('49 151 2345678', stored)).toBe(false);
    // Dropping a country code must leave a whole number, not a few digits that happen to match.
    expect(phoneMatches('0151 2345678', parseQuery('+49 151'))).toBe(false);
  });

  it('never matches a patient without a phone, nor a name by digits', () => {
    expect(matches('5550123', { ...mathilda, phone: null })).toBe(false);
    expect(matches('Hoffmann', { ...mathilda, phone: '5550123' })).toBe(true);
  });
});

describe('the same person', () => {
  it('is the same name and no two different numbers', () => {
    const other = { name: 'mathilda  HOFFMANN', email: null, phone: '030 5550123' };
    expect(samePerson(mathilda, other)).toBe(true);
    expect(samePerson(mathilda, { ...other, phone: null })).toBe(true);
    expect(samePerson(mathilda, { ...other, phone: '030 5550999' })).toBe(false);
    expect(samePerson(mathilda, { ...other, name: 'Mathilde Hoffmann' })).toBe(false);
    expect(samePerson({ ...mathilda, name: '' }, { ...other, name: '' })).toBe(false);
  });
});

describe('what Docfav is asked for', () => {
  it('is the longest word, or the significant digits of a number', () => {
    expect(autocompleteKeyword('Hoff Mathilda', parseQuery('Hoff Mathilda'))).toBe('Mathilda');
    expect(autocompleteKeyword('Ana García', parseQuery('Ana García'))).toBe('García');
    expect(autocompleteKeyword('0034 600 555', parseQuery('0034 600 555'))).toBe('34600555');
  });
});
