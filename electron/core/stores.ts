import { DEFAULT_SETTINGS, Settings } from '../../shared/settings';
import type { Notice, SecretStorageKind } from '../../shared/contract';
import { AppError } from '../../shared/errors';

/**
 * Small storage interfaces, so the same services run on electron-store + safeStorage in the app
 * and on memory in tests and the web bridge.
 */
export interface SettingsStore {
  read(): Settings;
  write(next: Settings): void;
  /** Problems found on load (a corrupt file reset to defaults), shown to the user once. */
  notices(): Notice[];
}

export interface SecretStore {
  readonly kind: SecretStorageKind;
  get(accountId: string): string | undefined;
  set(accountId: string, secret: string): void;
  delete(accountId: string): void;
}

/** Validates what was on disk; anything unreadable becomes the defaults plus a notice. */
export function loadSettings(raw: unknown): { settings: Settings; notices: Notice[] } {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, notices: [] };
  const merged =
    typeof raw === 'object' && !Array.isArray(raw) ? { ...DEFAULT_SETTINGS, ...raw } : raw;
  const parsed = Settings.safeParse(merged);
  if (parsed.success) return { settings: parsed.data, notices: [] };
  return {
    settings: DEFAULT_SETTINGS,
    notices: [
      {
        code: 'settings-reset',
        message:
          'Your settings file could not be read and was reset to the defaults. Please check your settings and reconnect your accounts.',
      },
    ],
  };
}

export function createMemorySettingsStore(initial?: unknown): SettingsStore {
  const loaded = loadSettings(initial);
  let current = loaded.settings;
  return {
    read: () => current,
    write: (next) => {
      current = Settings.parse(next);
    },
    notices: () => loaded.notices,
  };
}

export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    kind: 'memory',
    get: (id) => secrets.get(id),
    set: (id, secret) => {
      if (!secret) throw new AppError('validation', 'The secret must not be empty.');
      secrets.set(id, secret);
    },
    delete: (id) => {
      secrets.delete(id);
    },
  };
}
