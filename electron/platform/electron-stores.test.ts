import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { DEFAULT_SETTINGS, LABEL_MAX, type Account } from '../../shared/settings';

// electron-store is conf plus Electron's user-data folder, and it imports the Electron binary,
// which build machines lack. Its constructor is replayed here on the real conf, so these tests
// read and write real files (atomic writes, `deserialize`, `clearInvalidConfig`) in a temporary
// folder given as `cwd`.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return {
    default: class extends Conf {
      constructor({ name, ...options }: { name: string; cwd: string }) {
        super({ ...options, configName: name });
      }
    },
  };
});

const { createElectronSettingsStore, openSafeSecretStore } = await import('./electron-stores');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-stores-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, `${name}.json`);
const readJson = (name: string) => JSON.parse(fs.readFileSync(file(name), 'utf8')) as unknown;
const writeJson = (name: string, value: unknown) =>
  fs.writeFileSync(file(name), JSON.stringify(value));

const fakeSafeStorage = {
  isAsyncEncryptionAvailable: () => Promise.resolve(true),
  getSelectedStorageBackend: () => 'gnome_libsecret' as const,
  encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(`sealed:${text}`)),
  decryptStringAsync: (sealed: Buffer) =>
    Promise.resolve({ result: sealed.toString().replace(/^sealed:/, ''), shouldReEncrypt: false }),
};

const account = (id: string, label = `Praxis ${id}`): Account => ({
  id,
  vendor: 'doctena',
  label,
  baseUrl: 'https://www.doxter.de/api/v2',
  login: `${id}@praxis.example`,
  timezone: 'Europe/Berlin',
});

describe('the Electron settings store', () => {
  it('refuses a write its next load would refuse, and the file keeps what it had', () => {
    const store = createElectronSettingsStore({ cwd: dir });
    store.write({ ...DEFAULT_SETTINGS, accounts: [account('a')] });
    const before = fs.readFileSync(file('settings'), 'utf8');
    // The finding: a practice name of about 200 characters plus " (Doctena)".
    const long = account('b', `${'Gemeinschaftspraxis '.repeat(10)}(Doctena)`);
    expect(() => store.write({ ...store.read(), accounts: [account('a'), long] })).toThrow(
      AppError,
    );
    expect(fs.readFileSync(file('settings'), 'utf8')).toBe(before);
    expect(store.read().accounts.map((a) => a.id)).toEqual(['a']);
    // And the next start finds everything that was saved.
    const next = createElectronSettingsStore({ cwd: dir });
    expect(next.read().accounts).toEqual([account('a')]);
    expect(next.notices()).toEqual([]);
  });

  it('at load keeps the valid accounts, drops the bad one with its secret, and writes back', async () => {
    const tooLong = account('long', 'x'.repeat(LABEL_MAX + 10));
    writeJson('settings', {
      settings: {
        ...DEFAULT_SETTINGS,
        language: 'de',
        accounts: [account('a'), tooLong, account('b')],
      },
    });
    const saved = await openSafeSecretStore(fakeSafeStorage, 'linux', { cwd: dir });
    for (const id of ['a', 'long', 'b', 'removed-long-ago']) saved.set(id, `pw-${id}`);
    await saved.flushed();

    const store = createElectronSettingsStore({ cwd: dir });
    expect(store.read().language).toBe('de');
    expect(store.read().accounts.map((a) => a.id)).toEqual(['a', 'b']);
    expect(store.notices().map((n) => n.code)).toEqual(['account-dropped']);
    // The secrets of the dropped and of long-gone accounts are deleted; the others stay.
    expect(Object.keys(readJson('secrets') as object).sort()).toEqual(['a', 'b']);
    const secrets = await openSafeSecretStore(fakeSafeStorage, 'linux', { cwd: dir });
    expect(secrets.get('a')).toBe('pw-a');
    expect(secrets.get('long')).toBeUndefined();
    // The kept settings were written back: the next start has nothing to report.
    const again = createElectronSettingsStore({ cwd: dir });
    expect(again.read().accounts.map((a) => a.id)).toEqual(['a', 'b']);
    expect(again.notices()).toEqual([]);
  });

  it('reads a file that is not JSON as defaults with a notice, instead of failing to start', () => {
    fs.writeFileSync(file('settings'), '{"settings": {"language": "de"');
    writeJson('secrets', { orphan: 'c2VhbGVk' });
    const store = createElectronSettingsStore({ cwd: dir });
    expect(store.read()).toEqual(DEFAULT_SETTINGS);
    expect(store.notices().map((n) => n.code)).toEqual(['settings-reset']);
    expect(readJson('settings')).toEqual({ settings: DEFAULT_SETTINGS });
    expect(readJson('secrets')).toEqual({});
  });

  it('starts empty and quiet on a new computer', () => {
    const store = createElectronSettingsStore({ cwd: dir });
    expect(store.read()).toEqual(DEFAULT_SETTINGS);
    expect(store.notices()).toEqual([]);
  });
});
