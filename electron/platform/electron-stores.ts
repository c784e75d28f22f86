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

export function secretStorageKind(safeStorage: SafeStorage, platform: string): SecretStorageKind {
  if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
  // On Linux without a keyring, Chromium falls back to a hard-coded key: obfuscation, not secrecy.
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return 'basic-text';
  }
  return 'os-keyring';
}

/**
 * Secrets are encrypted with safeStorage and only the ciphertext is written. Without encryption we
 * refuse to store rather than fall back to plaintext.
 */
export function createSafeSecretStore(
  safeStorage: SafeStorage,
  platform: string,
  location: StoreLocation = {},
): SecretStore {
  const kind = secretStorageKind(safeStorage, platform);
  const store = new Store<Record<string, string>>({
    name: 'secrets',
    ...location,
    clearInvalidConfig: true,
  });
  return {
    kind,
    get(accountId) {
      const sealed = store.get(accountId);
      if (typeof sealed !== 'string') return undefined;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        // Keyring changed or data corrupt: treat as missing so the user is asked to reconnect.
        return undefined;
      }
    },
    set(accountId, secret) {
      if (kind === 'unavailable') {
        throw new AppError(
          'unavailable',
          'This computer offers no secure storage, so Frontdesk cannot save the password or API key.',
        );
      }
      store.set(accountId, safeStorage.encryptString(secret).toString('base64'));
    },
    delete(accountId) {
      store.delete(accountId);
    },
  };
}
