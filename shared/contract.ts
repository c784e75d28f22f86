import { z } from 'zod';
import { ErrorPayload } from './errors';
import { Settings, SettingsPatch } from './settings';

/**
 * The IPC contract: the single declaration that the preload bridge, the main-process handler
 * registry, the web bridge and the renderer client are all derived from. A channel that is not
 * here does not exist anywhere.
 *
 * Inputs are strict objects so that unknown keys (including `__proto__` tricks) are refused, and
 * outputs are parsed on the way out so that nothing undeclared (a secret, a stray field) can leave
 * the main process.
 */

const NoInput = z.strictObject({});

export const SecretStorageKind = z.enum(['os-keyring', 'basic-text', 'unavailable', 'memory']);
export type SecretStorageKind = z.infer<typeof SecretStorageKind>;

export const Notice = z.object({
  code: z.enum(['secret-storage-weak', 'secret-storage-unavailable', 'settings-reset']),
  message: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  secretStorage: SecretStorageKind,
  notices: z.array(Notice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const AccountSummary = z.object({
  id: z.string(),
  vendor: z.enum(['doctena', 'docfav']),
  label: z.string(),
  hasSecret: z.boolean(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const channels = {
  'app:info': {
    input: NoInput,
    output: AppInfo,
  },
  'settings:get': {
    input: NoInput,
    output: Settings.omit({ accounts: true }),
  },
  'settings:update': {
    input: z.strictObject({ patch: SettingsPatch }),
    output: Settings.omit({ accounts: true }),
  },
  'accounts:list': {
    input: NoInput,
    output: z.array(AccountSummary),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Push events from main to renderer. */
export const events = {
  'sync:finished': z.object({
    accountId: z.string(),
    at: z.iso.datetime({ offset: true }),
    changed: z.number().int().nonnegative(),
  }),
  'booking:new': z.object({
    eventId: z.string(),
    calendarName: z.string(),
    start: z.iso.datetime({ offset: true }),
  }),
  'app:notice': Notice,
} as const satisfies Record<string, z.ZodType>;

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;
/** What a caller passes (before parsing) and what a handler receives (after parsing). */
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof channels)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(channels) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(channels, value);
}
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

export const IpcResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorPayload }),
]);
export type IpcResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** The exact shape of `window.api`, whether the preload or the web bridge's shim provides it. */
export interface FrontdeskApi {
  invoke<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<IpcResult<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** IPC channel name used for push events on Electron's side. */
export const EVENT_CHANNEL_PREFIX = 'event:';
