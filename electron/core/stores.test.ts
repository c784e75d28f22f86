import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { createMemorySecretStore, loadSettings } from './stores';

describe('settings loading', () => {
  it('uses defaults when nothing is stored yet, without a notice', () => {
    expect(loadSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notices: [] });
  });

  it('keeps valid settings and fills keys added in newer versions', () => {
    const { settings, notices } = loadSettings({ showCancelled: true, language: 'de' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, showCancelled: true, language: 'de' });
    expect(notices).toEqual([]);
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a wrong type', { pollIntervalSeconds: 'fast' }],
    [
      'an unknown time zone',
      {
        accounts: [
          {
            id: 'a',
            vendor: 'doctena',
            label: 'x',
            baseUrl: 'https://x.test',
            login: 'l',
            timezone: 'Mars/Olympus',
          },
        ],
      },
    ],
  ])('resets %s to defaults with a notice instead of crashing', (_name, raw) => {
    const { settings, notices } = loadSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notices.map((n) => n.code)).toEqual(['settings-reset']);
  });
});

describe('memory secret store', () => {
  it('stores, reads and deletes, and refuses empty secrets', () => {
    const store = createMemorySecretStore();
    store.set('acc', 's3cret');
    expect(store.get('acc')).toBe('s3cret');
    store.delete('acc');
    expect(store.get('acc')).toBeUndefined();
    expect(() => store.set('acc', '')).toThrow();
  });
});
