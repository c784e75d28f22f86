import type { SafeStorage } from 'electron';
import Store from 'electron-store';
import type { SecretStorageKind } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Settings } from '../../shared/settings';
import {
  checkedSettings,
  loadSettings,
  orphanSecretIds,
  SETTINGS_RESET,
  type SecretStore,
  type SettingsStore,
} from '../core/stores';

/** Where the files live: Electron's user-data folder, or an absolute folder in tests. */
export interface StoreLocation {
  cwd?: string;
}

/**
 * No JSON schema is given to electron-store on purpose: with one, a single refused value makes it
 * clear the whole file (`clearInvalidConfig`), accounts and all. The zod schema is checked before
 * every write instead, and at load each part is kept or dropped on its own (core/stores.ts).
 */
export function createElectronSettingsStore(location: StoreLocation = {}): SettingsStore {
  let unreadable = false;
  const store = new Store<{ settings?: unknown }>({
    name: 'settings',
    ...location,
    // Broken JSON (a crash mid-write, a hand edit) reads as empty, and is reported, not thrown.
    deserialize: (text) => {
      try {
        return JSON.parse(text.replace(/^\uFEFF/, '')) as { settings?: unknown };
      } catch {
        unreadable = true;
        return {};
      }
    },
  });
  const loaded = loadSettings(store.get('settings'));
  const notices = unreadable ? [SETTINGS_RESET] : loaded.notices;
  if (loaded.repaired || unreadable) store.set('settings', loaded.settings);
  // Here rather than in the secret store: only the settings know which accounts are left.
  removeOrphanSecrets(location, loaded.settings);
  let current = loaded.settings;
  return {
    read: () => current,
    write: (next) => {
      const checked = checkedSettings(next);
      store.set('settings', checked);
      current = checked;
    },
    notices: () => notices,
  };
}

/** A secret whose account is gone (removed, or dropped at load) is deleted, not kept forever. */
function removeOrphanSecrets(location: StoreLocation, settings: Settings): void {
  const secrets = new Store<Record<string, unknown>>({
    name: 'secrets',
    ...location,
    clearInvalidConfig: true,
  });
  const all: unknown = secrets.store;
  if (typeof all !== 'object' || all === null) return;
  for (const id of orphanSecretIds(Object.keys(all), settings)) secrets.delete(id);
}

export function secretStorageKind(
  encryptionAvailable: boolean,
  backend: string,
  platform: string,
): SecretStorageKind {
  if (!encryptionAvailable) return 'unavailable';
  // On Linux without a keyring, Chromium falls back to a hard-coded key: obfuscation, not secrecy.
  if (platform === 'linux' && backend === 'basic_text') return 'basic-text';
  return 'os-keyring';
}

export interface SafeSecretStore extends SecretStore {
  /** Resolves once every change made so far is on disk (encrypted). */
  flushed(): Promise<void>;
}

/** Only the non-deprecated, asynchronous half of Electron's safeStorage is used. */
export type AsyncSafeStorage = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'getSelectedStorageBackend'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
>;

/**
 * Secrets are encrypted with safeStorage and only the ciphertext is written. Without encryption we
 * refuse to store rather than fall back to plaintext. Electron 45's safeStorage is asynchronous,
 * while the services ask for a secret synchronously: so every secret is decrypted once at start
 * (call after `ready`) and kept in the main process's memory, where the vendor clients hold it
 * anyway; changes are encrypted and written in order behind the scenes.
 */
export async function openSafeSecretStore(
  safeStorage: AsyncSafeStorage,
  platform: string,
  location: StoreLocation = {},
  onWriteError: () => void = () => {},
): Promise<SafeSecretStore> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const kind = secretStorageKind(available, safeStorage.getSelectedStorageBackend(), platform);
  const store = new Store<Record<string, string>>({
    name: 'secrets',
    ...location,
    clearInvalidConfig: true,
  });
  const plain = new Map<string, string>();
  let writes = Promise.resolve();
  const queue = (write: () => Promise<void> | void) => {
    writes = writes.then(write).catch(onWriteError);
  };
  const seal = (accountId: string, secret: string) =>
    queue(async () => {
      const sealed = await safeStorage.encryptStringAsync(secret);
      store.set(accountId, sealed.toString('base64'));
    });

  const all: unknown = available ? store.store : {};
  for (const [accountId, sealed] of Object.entries(all as Record<string, unknown>)) {
    if (typeof sealed !== 'string') continue;
    try {
      const opened = await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'));
      plain.set(accountId, opened.result);
      // The key was rotated or a stronger one is available: store it under the new key.
      if (opened.shouldReEncrypt) seal(accountId, opened.result);
    } catch {
      // Keyring changed or data corrupt: treat as missing so the user is asked to reconnect.
    }
  }

  return {
    kind,
    get: (accountId) => plain.get(accountId),
    set(accountId, secret) {
      if (kind === 'unavailable') {
        throw new AppError('unavailable', { reason: 'no-secure-storage' });
      }
      plain.set(accountId, secret);
      seal(accountId, secret);
    },
    delete(accountId) {
      plain.delete(accountId);
      queue(() => store.delete(accountId));
    },
    flushed: () => writes,
  };
}
