/**
 * How a receptionist's search words meet a patient: every word, in any order, without regard to
 * case or accents; or a phone number however it was typed. Pure, so it is the same for the
 * platforms' answers and for what Frontdesk holds in memory.
 */

export interface PatientQuery {
  /** Folded words; all must be found. Empty for a phone query. */
  words: string[];
  /** The significant digits of a query that is a phone number, else null. */
  phone: string | null;
  /** The phone was typed with its country code (`+49 …`, `0049 …`). */
  international: boolean;
}

export interface PatientFields {
  name: string;
  email: string | null;
  phone: string | null;
}

/** Fewer digits than this would find half the practice. */
const MIN_PHONE_DIGITS = 3;
/** What is left of an international number without its country code: a real number's worth. */
const MIN_NATIONAL_DIGITS = 6;
const PHONE_TEXT = /^[\d\s+()./-]+$/;

/** Case- and accent-insensitive, so "garcia" finds "García" and "muller" finds "Müller". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The digits that name a number, whatever way it was written: without spaces and signs, and
 * without leading zeros, which are dialling prefixes (`00` international, `0` national trunk) and
 * never part of the number itself. "+49 30 555", "0049 30 555" and "030 555" all keep "30 555".
 */
export function significantDigits(text: string): string {
  return text.replace(/\D/g, '').replace(/^0+/, '');
}

export function parseQuery(raw: string): PatientQuery {
  const text = raw.trim();
  if (PHONE_TEXT.test(text)) {
    const digits = significantDigits(text);
    if (digits.length >= MIN_PHONE_DIGITS) {
      return { words: [], phone: digits, international: /^(\+|00)/.test(text) };
    }
  }
  const words = [
    ...new Set(
      fold(text)
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
  return { words, phone: null, international: false };
}

/**
 * A stored number matches when it holds the typed digits. A number typed with its country code
 * also matches one stored without it ("+49 151 …" finds "0151 …"): its country code (one to three
 * digits) may be left off, as long as a whole national number is left.
 */
export function phoneMatches(stored: string, query: PatientQuery): boolean {
  const digits = query.phone;
  if (!digits) return false;
  const have = significantDigits(stored);
  if (!have) return false;
  if (have.includes(digits)) return true;
  if (!query.international) return false;
  for (let code = 1; code <= 3; code++) {
    const national = digits.slice(code);
    if (national.length >= MIN_NATIONAL_DIGITS && have.startsWith(national)) return true;
  }
  return false;
}

export function matchesPatient(query: PatientQuery, patient: PatientFields): boolean {
  if (query.phone) return patient.phone !== null && phoneMatches(patient.phone, query);
  if (query.words.length === 0) return false;
  const text = fold(`${patient.name} ${patient.email ?? ''}`);
  return query.words.every((word) => text.includes(word));
}

/** Two numbers for the same line, one perhaps written with its country code and one without. */
export function samePhone(a: string, b: string): boolean {
  const x = significantDigits(a);
  const y = significantDigits(b);
  if (x.length < MIN_NATIONAL_DIGITS || y.length < MIN_NATIONAL_DIGITS) return x === y;
  return x.endsWith(y) || y.endsWith(x);
}

/**
 * The same person, as far as two records can tell: the same name, and no two different phone
 * numbers. A record without a phone goes with the namesake that has one.
 */
export function samePerson(a: PatientFields, b: PatientFields): boolean {
  if (fold(a.name) !== fold(b.name) || fold(a.name) === '') return false;
  return a.phone === null || b.phone === null || samePhone(a.phone, b.phone);
}

/** The word Docfav's autocomplete is asked for: its search takes one term, we then want all. */
export function autocompleteKeyword(raw: string, query: PatientQuery): string {
  if (query.phone) return query.phone;
  const words = raw
    .trim()
    .split(/[\s,;]+/)
    .filter(Boolean);
  return words.reduce((a, b) => (b.length > a.length ? b : a), '');
}
