import { describe, expect, it } from 'vitest';
import type { AccountStatus } from '../../shared/contract';
import { ErrorCode } from '../../shared/errors';
import { LANGUAGES } from '../../shared/settings';
import { translator } from '../../shared/i18n/translate';
import { accountErrorText, accountNotes } from './accountStatusText';

const ENGLISH_FROM_MAIN =
  'Docfav could not find this item; it may have been deleted or moved. Refresh the calendar.';

const account = (over: Partial<AccountStatus> = {}): AccountStatus => ({
  id: 'df',
  vendor: 'docfav',
  label: 'Docfav',
  state: 'ok',
  error: null,
  lastSuccessAt: '2026-11-24T09:00:00Z',
  ...over,
});

describe.each(LANGUAGES)('account status in %s', (language) => {
  const t = translator(language);

  it('words every error code from the catalogue, never the main process’s message', () => {
    for (const code of ErrorCode.options) {
      const text = accountErrorText(code, 'Docfav', t);
      expect(text, code).not.toMatch(/\{\w+\}/);
      expect(text, code).not.toContain(ENGLISH_FROM_MAIN);
      expect(text.length, code).toBeGreaterThan(0);
    }
    expect(accountErrorText('not-found', 'Docfav', t)).toBe(
      t('error.notFound', { vendor: 'Docfav' }),
    );
  });

  it('says how many records could not be read, and that working hours are missing', () => {
    expect(accountNotes(account(), 'Docfav', t)).toEqual([]);
    expect(accountNotes(account({ unreadable: 0, warnings: [] }), 'Docfav', t)).toEqual([]);
    expect(accountNotes(account({ unreadable: 1 }), 'Doctena', t)).toEqual([
      t('account.unreadable', { vendor: 'Doctena', count: 1 }),
    ]);
    const notes = accountNotes(
      account({ unreadable: 3, warnings: ['working-hours-unavailable'] }),
      'Docfav',
      t,
    );
    expect(notes).toEqual([
      t('account.unreadable', { vendor: 'Docfav', count: 3 }),
      t('account.warning.working-hours-unavailable', { vendor: 'Docfav' }),
    ]);
    expect(notes[0]).toContain('3');
  });
});

describe('account status in German', () => {
  it('is German, not the English text of the main process (issue 12, finding 12)', () => {
    const t = translator('de');
    expect(accountErrorText('not-found', 'Docfav', t)).toMatch(/Kalender/);
    expect(accountNotes(account({ warnings: ['working-hours-unavailable'] }), 'Docfav', t)).toEqual(
      ['Arbeitszeiten nicht verfügbar.'],
    );
  });
});
