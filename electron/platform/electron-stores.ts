import type { SafeStorage } from 'electron';
import Store from 'electron-store';
import type { SecretStorageKind } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { loadSettings, type SecretStore, type SettingsStore } from '../core/stores';

/** Settings in electron-store, validated on load: a corrupt file becomes defaults plus a notice. */
export function createElectronSettingsStore(): SettingsStore {
  const store = new Store<{ settings?: unknown }>({ name: 'settings', clearInvalidConfig: true });
  const loaded = loadSettings(store.get('settings'));
  if (loaded.notices.length > 0) store.set('settings', loaded.settings);
  let current = loaded.settings;
  return {
    read: () => current,
    write: (next) => {
      current = next;
      store.set('settings', next);
    },
    notices: () => loaded.notices,
  };
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
export function createSafeSecretStore(safeStorage: SafeStorage, platform: string): SecretStore {
  const kind = secretStorageKind(safeStorage, platform);
  const store = new Store<Record<string, string>>({ name: 'secrets', clearInvalidConfig: true });
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
