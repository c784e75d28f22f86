import { describe, expect, it } from 'vitest';
import { Notice } from '../../shared/contract';
import { AccountWarning } from '../../shared/contract';
import { AppError, ErrorCode, ErrorReason, type ErrorDetails } from '../../shared/errors';
import { catalogues } from '../../shared/i18n/catalogue';
import type { MessageKey } from '../../shared/i18n/keys';
import { translator } from '../../shared/i18n/translate';
import { LANGUAGES, type Language } from '../../shared/settings';
import { errorText } from '../../renderer/components/accounts/errorText';
import { actionErrorText } from '../../renderer/components/actions/actionErrorText';
import { conflictLabel } from '../../renderer/components/actions/conflictLabel';
import { accountErrorText, accountNotes } from '../../renderer/components/accountStatusText';
import { wordNotice } from '../core/notify';
import { menuTemplate } from '../menu';

/**
 * Every error the main process can return (each code, with each reason, from each vendor, with an
 * unknown outcome or not), every notice and every desktop notification, worded in each language:
 * no English sentence may appear outside English. The main process returns codes only, so this is
 * every failure a person can be shown.
 */

const VENDORS = [undefined, 'doctena', 'docfav'] as const;
const DOCFAV_CODES = [
  'INVALID_API_KEY',
  'API_KEY_REVOKED',
  'API_KEY_EXPIRED',
  'IP_NOT_ALLOWED',
  'CLINIC_MANAGER_ACCESS_DENIED',
  'API_DISABLED',
  'INSUFFICIENT_SCOPES',
];

function everyError(): AppError[] {
  const errors: AppError[] = [];
  for (const code of ErrorCode.options) {
    for (const reason of [undefined, ...ErrorReason.options]) {
      for (const vendor of VENDORS) {
        for (const outcome of [undefined, 'unknown', 'not-applied']) {
          const details: ErrorDetails = {};
          if (reason) details.reason = reason;
          if (vendor) details.vendor = vendor;
          if (outcome) details.outcome = outcome;
          errors.push(new AppError(code, details));
        }
      }
    }
  }
  for (const vendorCode of DOCFAV_CODES) {
    errors.push(
      new AppError('auth', { vendor: 'docfav', vendorCode, missingScopes: ['staff:read'] }),
    );
  }
  return errors;
}

/** Everything a person can read about a failure or an event, in one language. */
function everyText(language: Language): string[] {
  const t = translator(language);
  const texts = new Set<string>();
  for (const error of everyError()) {
    texts.add(errorText(error, t));
    texts.add(errorText(error, t, 'docfav', { address: true }));
    texts.add(actionErrorText(error, t));
    texts.add(accountErrorText(error.code, 'Docfav', t));
  }
  for (const { code } of Notice.shape.code.options.map((code) => ({ code }))) {
    texts.add(t(`notice.${code}` as MessageKey));
  }
  const account = { id: 'a', vendor: 'docfav', label: 'Docfav', state: 'ok', error: null } as const;
  for (const note of accountNotes(
    { ...account, lastSuccessAt: null, unreadable: 3, warnings: [...AccountWarning.options] },
    'Docfav',
    t,
  )) {
    texts.add(note);
  }
  for (const type of ['appointment', 'time_reservation', 'day_off', 'outside_working_hours', '?']) {
    texts.add(conflictLabel(type, t));
  }
  for (const kind of ['new-booking', 'double-booking'] as const) {
    const notice = wordNotice(
      { kind, start: '2026-11-26T09:30:00Z', calendarName: 'Cal' },
      language,
    );
    texts.add(notice.title);
    texts.add(notice.body);
  }
  const actions = { about: () => undefined, dataProtection: () => undefined };
  for (const item of menuTemplate('win32', actions, t)) {
    if (item.label) texts.add(item.label);
    for (const sub of Array.isArray(item.submenu) ? item.submenu : []) {
      if (sub.label) texts.add(sub.label);
    }
  }
  for (const key of ['dataProtection.note', 'startFailed.title', 'startFailed.body'] as const) {
    texts.add(t(key));
  }
  return [...texts];
}

/**
 * English sentences of three words or more, as patterns (arguments match anything), leaving out
 * those a language keeps as they are (a product name, "Docfav · busy").
 */
function englishSentences(language: Language): RegExp[] {
  const english: Record<string, string> = catalogues.en;
  const other: Record<string, string> = catalogues[language];
  const patterns: RegExp[] = [];
  for (const [key, text] of Object.entries(english)) {
    if (text.includes('plural,')) continue;
    for (const sentence of text.split(/(?<=[.!?:;])\s+|\n+/)) {
      const words = sentence
        .replace(/\{\w+\}/g, '')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      if (words.length < 3 || other[key]?.includes(sentence)) continue;
      const escaped = sentence
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{\w+\\?\}/g, '.+?');
      patterns.push(new RegExp(escaped.replace(/\{\w+\}/g, '.+?')));
    }
  }
  return patterns;
}

describe.each(LANGUAGES.filter((l) => l !== 'en'))(
  'everything a person reads in %s',
  (language) => {
    const texts = everyText(language);

    it('is worded from its catalogue: no English sentence, no bare key, no unfilled argument', () => {
      expect(texts.length).toBeGreaterThan(60);
      const english = englishSentences(language);
      const leaks = texts.flatMap((text) =>
        english.filter((pattern) => pattern.test(text)).map((p) => `${text}  ←  ${p.source}`),
      );
      expect(leaks).toEqual([]);
      for (const text of texts) {
        expect(text.trim(), text).not.toBe('');
        expect(text, text).not.toMatch(/\{\w+\}|^[a-z]+(\.[\w-]+)+$/);
        expect(text, text).not.toMatch(/\b(the|could not|please|try again|cannot)\b/i);
      }
    });

    it('says something different from English for every error', () => {
      const t = translator(language);
      const en = translator('en');
      for (const error of everyError()) {
        expect(actionErrorText(error, t), `${error.code} ${error.reason}`).not.toBe(
          actionErrorText(error, en),
        );
      }
    });
  },
);

describe('everything a person reads in English', () => {
  it('has a sentence for every code and reason', () => {
    const texts = everyText('en');
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) expect(text, text).not.toMatch(/\{\w+\}|^[a-z]+(\.[\w-]+)+$/);
  });
});
