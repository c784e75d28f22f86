import type { z } from 'zod';
import {
  Account,
  DEFAULT_SETTINGS,
  GuardMapping,
  GuardSettings,
  MAX_ACCOUNTS,
  MAX_GUARD_MAPPINGS,
  Settings,
} from '../../shared/settings';
import type { Notice, SecretStorageKind } from '../../shared/contract';
import { AppError } from '../../shared/errors';

/**
 * Small storage interfaces, so the same services run on electron-store + safeStorage in the app
 * and on memory in tests and the web bridge.
 */
export interface SettingsStore {
  read(): Settings;
  /** Refuses (AppError `validation`) settings that the next load would not accept. */
  write(next: Settings): void;
  /** Problems found on load (a part dropped or reset), shown to the user once. */
  notices(): Notice[];
}

export interface SecretStore {
  readonly kind: SecretStorageKind;
  get(accountId: string): string | undefined;
  set(accountId: string, secret: string): void;
  delete(accountId: string): void;
}

export interface LoadedSettings {
  settings: Settings;
  notices: Notice[];
  /** True when what was stored differs from what was kept: write the kept settings back. */
  repaired: boolean;
}

export const SETTINGS_RESET: Notice = { code: 'settings-reset' };
const ACCOUNT_DROPPED: Notice = { code: 'account-dropped' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the items a schema accepts, up to `max`; says how many it left out. */
function keepValid<T>(
  items: unknown,
  parse: (item: unknown) => T | undefined,
  max: number,
): { kept: T[]; dropped: number } | undefined {
  if (!Array.isArray(items)) return undefined;
  const kept = items.flatMap((item) => {
    const parsed = parse(item);
    return parsed === undefined ? [] : [parsed];
  });
  return { kept: kept.slice(0, max), dropped: items.length - Math.min(kept.length, max) };
}

const parsed =
  <S extends z.ZodType>(schema: S) =>
  (value: unknown): z.output<S> | undefined => {
    const result = schema.safeParse(value);
    return result.success ? result.data : undefined;
  };

/** Each account on its own; a second account with the same id is a left-over and goes too. */
function loadAccounts(raw: unknown): { accounts: Account[]; dropped: number } | undefined {
  const seen = new Set<string>();
  const result = keepValid(
    raw,
    (item) => {
      const account = parsed(Account)(item);
      if (!account || seen.has(account.id)) return undefined;
      seen.add(account.id);
      return account;
    },
    MAX_ACCOUNTS,
  );
  return result && { accounts: result.kept, dropped: result.dropped };
}

/** Each guard option on its own, each pairing on its own. */
function loadGuard(raw: unknown): { guard: GuardSettings; reset: boolean } {
  const fallback = DEFAULT_SETTINGS.guard;
  if (!isRecord(raw)) return { guard: fallback, reset: true };
  const weeksAhead = parsed(GuardSettings.shape.weeksAhead)(raw.weeksAhead ?? fallback.weeksAhead);
  const mirrorReservations = parsed(GuardSettings.shape.mirrorReservations)(
    raw.mirrorReservations ?? fallback.mirrorReservations,
  );
  const mappings = keepValid(
    raw.mappings ?? fallback.mappings,
    parsed(GuardMapping),
    MAX_GUARD_MAPPINGS,
  );
  return {
    guard: {
      weeksAhead: weeksAhead ?? fallback.weeksAhead,
      mirrorReservations: mirrorReservations ?? fallback.mirrorReservations,
      mappings: mappings?.kept ?? fallback.mappings,
    },
    reset:
      weeksAhead === undefined ||
      mirrorReservations === undefined ||
      mappings === undefined ||
      mappings.dropped > 0,
  };
}

type PlainKey = Exclude<keyof Settings, 'accounts' | 'guard'>;
const PLAIN_KEYS = Object.keys(Settings.shape).filter(
  (key): key is PlainKey => key !== 'accounts' && key !== 'guard',
);

/**
 * Validates what was on disk and keeps whatever is valid: each setting and each account on its
 * own. Only the part that cannot be read is dropped (a setting goes back to its default), with a
 * notice, so one bad value never costs the practice its accounts.
 */
export function loadSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) {
    return { settings: DEFAULT_SETTINGS, notices: [], repaired: false };
  }
  if (!isRecord(raw))
    return { settings: DEFAULT_SETTINGS, notices: [SETTINGS_RESET], repaired: true };
  const whole = Settings.safeParse({ ...DEFAULT_SETTINGS, ...raw });
  if (whole.success) return { settings: whole.data, notices: [], repaired: false };

  let reset = false;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of PLAIN_KEYS) {
    if (raw[key] === undefined) continue;
    const value = parsed(Settings.shape[key])(raw[key]);
    if (value === undefined) reset = true;
    else settings[key] = value;
  }
  const guard = loadGuard(raw.guard ?? DEFAULT_SETTINGS.guard);
  settings.guard = guard.guard;
  const accounts = loadAccounts(raw.accounts ?? []);
  settings.accounts = accounts?.accounts ?? [];

  const kept = Settings.safeParse(settings);
  // Parts that are valid one by one and not together: only a rule across parts can say so.
  if (!kept.success) {
    return { settings: DEFAULT_SETTINGS, notices: [SETTINGS_RESET], repaired: true };
  }
  const notices: Notice[] = [];
  if (reset || guard.reset) notices.push(SETTINGS_RESET);
  if (!accounts || accounts.dropped > 0) notices.push(ACCOUNT_DROPPED);
  return { settings: kept.data, notices, repaired: true };
}

/**
 * The gate in front of every store: settings that the next load would refuse are never written,
 * so a write can never cost the practice its settings at the next start.
 */
export function checkedSettings(next: Settings): Settings {
  const result = Settings.safeParse(next);
  if (result.success) return result.data;
  throw new AppError('validation', {
    reason: 'settings-invalid',
    // Field paths only: the values may be a login or a practice name.
    fields: [...new Set(result.error.issues.map((issue) => issue.path.join('.')))].slice(0, 5),
  });
}

/** Stored secrets whose account is gone (removed, or dropped at load): they serve nothing. */
export function orphanSecretIds(secretIds: Iterable<string>, settings: Settings): string[] {
  const accounts = new Set(settings.accounts.map((a) => a.id));
  return [...secretIds].filter((id) => !accounts.has(id));
}

export function createMemorySettingsStore(initial?: unknown): SettingsStore {
  const loaded = loadSettings(initial);
  let current = loaded.settings;
  return {
    read: () => current,
    write: (next) => {
      current = checkedSettings(next);
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
      if (!secret) throw new AppError('validation', { reason: 'secret-empty' });
      secrets.set(id, secret);
    },
    delete: (id) => {
      secrets.delete(id);
    },
  };
}
