import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { capLabel, DEFAULT_SETTINGS, LABEL_MAX, type Settings } from '../../shared/settings';
import {
  checkedSettings,
  createMemorySecretStore,
  createMemorySettingsStore,
  loadSettings,
  orphanSecretIds,
} from './stores';

const doctena = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  vendor: 'doctena',
  label: `Praxis ${id}`,
  baseUrl: 'https://www.doxter.de/api/v2',
  login: `${id}@praxis.example`,
  timezone: 'Europe/Berlin',
  ...extra,
});
const docfav = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  vendor: 'docfav',
  label: 'Clínica',
  baseUrl: 'http://127.0.0.1:9000/api-connector/v1',
  clinicIds: [],
  ...extra,
});
const mapping = (calendarId: string) => ({
  docfav: { accountId: 'b', calendarId: 'sc-1' },
  doctena: { accountId: 'a', calendarId },
  enabled: true,
});

describe('settings loading', () => {
  it('uses defaults when nothing is stored yet, without a notice', () => {
    expect(loadSettings(undefined)).toEqual({
      settings: DEFAULT_SETTINGS,
      notices: [],
      repaired: false,
    });
  });

  it('keeps valid settings and fills keys added in newer versions', () => {
    const { settings, notices, repaired } = loadSettings({ showCancelled: true, language: 'de' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, showCancelled: true, language: 'de' });
    expect(notices).toEqual([]);
    expect(repaired).toBe(false);
  });

  it('keeps chosen calendar colours, and resets only them when one is not a colour', () => {
    const kept = loadSettings({ calendarColours: { 'a|1': '#123456' } });
    expect(kept.settings.calendarColours).toEqual({ 'a|1': '#123456' });
    const bad = loadSettings({ showCancelled: true, calendarColours: { 'a|1': 'red' } });
    expect(bad.settings).toEqual({ ...DEFAULT_SETTINGS, showCancelled: true });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
  ])('resets %s to defaults with a notice instead of crashing', (_name, raw) => {
    const { settings, notices, repaired } = loadSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notices.map((n) => n.code)).toEqual(['settings-reset']);
    expect(repaired).toBe(true);
  });

  // Finding 7: one bad value used to reset every account and setting.
  it('keeps every valid account and drops only the one it cannot read', () => {
    const raw = {
      language: 'fr',
      showCancelled: true,
      accounts: [
        doctena('a'),
        // What the old store wrote for a practice name of about 200 characters.
        doctena('long', { label: `${'Gemeinschaftspraxis '.repeat(10)}(Doctena)` }),
        doctena('zone', { timezone: 'Mars/Olympus' }),
        docfav('file', { baseUrl: 'file:///etc/passwd' }),
        docfav('clear', { baseUrl: 'http://docfav.example/api' }),
        'garbage',
        docfav('b'),
        doctena('a', { label: 'a left-over copy' }),
      ],
    };
    const { settings, notices, repaired } = loadSettings(raw);
    expect(settings.accounts.map((a) => a.id)).toEqual(['a', 'b']);
    expect(settings.accounts[0]?.label).toBe('Praxis a');
    expect(settings.language).toBe('fr');
    expect(settings.showCancelled).toBe(true);
    expect(notices.map((n) => n.code)).toEqual(['account-dropped']);
    expect(repaired).toBe(true);
  });

  it('resets each unreadable setting to its default on its own, with one notice', () => {
    const { settings, notices } = loadSettings({
      language: 'de',
      pollIntervalSeconds: 'fast',
      slotMinutes: 7,
      workingHours: { start: '08:00', end: '18:00' },
      guard: { mappings: [mapping('cal-1'), { broken: true }], weeksAhead: 99 },
      accounts: [doctena('a')],
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'de',
      workingHours: { start: '08:00', end: '18:00' },
      guard: { ...DEFAULT_SETTINGS.guard, mappings: [mapping('cal-1')] },
      accounts: [doctena('a')],
    });
    expect(notices.map((n) => n.code)).toEqual(['settings-reset']);
  });

  it('says so when the accounts themselves are not a list', () => {
    const { settings, notices } = loadSettings({ accounts: { a: doctena('a') }, language: 'nl' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, language: 'nl' });
    expect(notices.map((n) => n.code)).toEqual(['account-dropped']);
  });

  it('never repeats a stored value in a notice', () => {
    const { notices } = loadSettings({ accounts: [doctena('a', { label: 'x'.repeat(300) })] });
    expect(JSON.stringify(notices)).not.toContain('xxx');
  });
});

describe('writing settings', () => {
  const tooLong: Settings = {
    ...DEFAULT_SETTINGS,
    accounts: [doctena('a', { label: 'x'.repeat(LABEL_MAX + 1) }) as Settings['accounts'][number]],
  };

  it('refuses what the next load would refuse, with the fields named and no value', () => {
    let caught: unknown;
    try {
      checkedSettings(tooLong);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('validation');
    expect(error.details).toEqual({ reason: 'settings-invalid', fields: ['accounts.0.label'] });
    expect(JSON.stringify(error.toPayload())).not.toContain('xxx');
  });

  it('the memory store keeps what it had when a write is refused', () => {
    const store = createMemorySettingsStore({ language: 'es' });
    expect(() => store.write(tooLong)).toThrow(AppError);
    expect(store.read()).toEqual({ ...DEFAULT_SETTINGS, language: 'es' });
    store.write({ ...store.read(), showCancelled: true });
    expect(store.read().showCancelled).toBe(true);
  });
});

describe('labels from vendor text', () => {
  it('fit the limit, on one line, keeping the suffix and whole characters', () => {
    expect(capLabel('  Praxis\nam  Markt ')).toBe('Praxis am Markt');
    expect(capLabel('Praxis', ' (Doctena)')).toBe('Praxis (Doctena)');
    const long = capLabel('Gemeinschaftspraxis '.repeat(20), ' (Doctena)');
    expect(long.length).toBeLessThanOrEqual(LABEL_MAX);
    expect(long.endsWith('… (Doctena)')).toBe(true);
    const emoji = capLabel(`${'a'.repeat(LABEL_MAX - 2)}😀😀`);
    expect(emoji.length).toBeLessThanOrEqual(LABEL_MAX);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});

describe('secrets', () => {
  it('finds the secrets no account owns', () => {
    const settings = { ...DEFAULT_SETTINGS, accounts: [doctena('a')] } as Settings;
    expect(orphanSecretIds(['a', 'gone', 'managed-doctena'], settings)).toEqual([
      'gone',
      'managed-doctena',
    ]);
  });

  it('the memory store stores, reads and deletes, and refuses empty secrets', () => {
    const store = createMemorySecretStore();
    store.set('acc', 's3cret');
    expect(store.get('acc')).toBe('s3cret');
    store.delete('acc');
    expect(store.get('acc')).toBeUndefined();
    expect(() => store.set('acc', '')).toThrow();
  });
});
