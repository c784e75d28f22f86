import { z } from 'zod';
import { AvailabilityWindow, CalendarEvent, CalendarInfo, Instant } from './domain';
import { ErrorPayload } from './errors';
import { PatientCard, PatientSearchResult } from './patients';
import { isReservedMirrorTitle } from './mirror-title';
import { BaseUrl } from './base-url';
import { HexColour, Settings, SettingsPatch, TimeZone } from './settings';
import { refineWriteTimes } from './write-window';

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
  code: z.enum([
    'secret-storage-weak',
    'secret-storage-unavailable',
    /** Some settings (or all, when the file was unreadable) were reset to their defaults. */
    'settings-reset',
    /** A stored account could not be read and was removed: connect it again. */
    'account-dropped',
  ]),
});
export type Notice = z.infer<typeof Notice>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  secretStorage: SecretStorageKind,
  /** False where there is no launch at login (Linux, the web bridge): the toggle is not shown. */
  launchAtLoginSupported: z.boolean(),
  notices: z.array(Notice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const AccountSummary = z.object({
  id: z.string(),
  vendor: z.enum(['doctena', 'docfav']),
  label: z.string(),
  hasSecret: z.boolean(),
  /** Configured by IT through the environment: shown, but not editable or removable here. */
  managed: z.boolean(),
  /** Doctena only: the zone its wall-clock times are read in. */
  timezone: z.string().nullable(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

/** `working-hours-unavailable`: the events loaded, the working hours (an extra) did not. */
export const AccountWarning = z.enum(['working-hours-unavailable']);
export type AccountWarning = z.infer<typeof AccountWarning>;

/** How an account's last sync went, in words the sidebar can show. */
export const AccountStatus = z.object({
  id: z.string(),
  vendor: z.enum(['doctena', 'docfav']),
  label: z.string(),
  state: z.enum(['idle', 'syncing', 'ok', 'error']),
  /** The last failure, if the last sync failed; the rest of the app keeps working. */
  error: ErrorPayload.nullable(),
  lastSuccessAt: Instant.nullable(),
  /**
   * The platform has not answered for a few seconds: 'missing' when nothing of the range asked for
   * came from it yet, 'stale' when older data of it is shown (absent: it answers).
   */
  slow: z.enum(['missing', 'stale']).optional(),
  /** Records the platform sent that Frontdesk could not read and left out (absent: none). */
  unreadable: z.number().int().nonnegative().optional(),
  /** What the account could not load beside its events, without failing (absent: nothing). */
  warnings: z.array(AccountWarning).optional(),
});
export type AccountStatus = z.infer<typeof AccountStatus>;

/** A visible range: at most six weeks, so one request can never ask for the whole history. */
export const Range = z
  .strictObject({ from: Instant, to: Instant })
  .refine((r) => Date.parse(r.to) > Date.parse(r.from), 'to must be after from')
  .refine(
    (r) => Date.parse(r.to) - Date.parse(r.from) <= 42 * 24 * 3600 * 1000,
    'the range may span at most 42 days',
  );
export type Range = z.infer<typeof Range>;

/** A Doctena booking overlapping a Docfav appointment of the same (mapped) practitioner. */
export const GuardConflict = z.object({
  doctenaEventId: z.string(),
  docfavEventId: z.string(),
  start: Instant,
  end: Instant,
});
export type GuardConflict = z.infer<typeof GuardConflict>;

export const GuardStatus = z.object({
  running: z.boolean(),
  lastRunAt: Instant.nullable(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  deleted: z.number().int().nonnegative(),
  errors: z.array(ErrorPayload),
  /**
   * The last run that wrote anything. Every write is followed by a sync and so by another run,
   * which finds nothing left to do: without this the line would say "0 added" right after the
   * guard added a dozen mirrors.
   */
  lastChange: z
    .object({
      at: Instant,
      created: z.number().int().nonnegative(),
      updated: z.number().int().nonnegative(),
      deleted: z.number().int().nonnegative(),
    })
    .nullable()
    .default(null),
});
export type GuardStatus = z.infer<typeof GuardStatus>;

export const CalendarData = z.object({
  events: z.array(CalendarEvent),
  availability: z.array(AvailabilityWindow),
  calendars: z.array(CalendarInfo),
  accounts: z.array(AccountStatus),
  /** When every account last synced successfully; null before the first success. */
  lastSyncAt: Instant.nullable(),
  /** True when the last attempt could not reach any platform: show read-only with a banner. */
  offline: z.boolean(),
  /** True while the running app shows the fictional demo practice. */
  demo: z.boolean(),
  /** Double-booking guard: Doctena bookings that overlap a mapped Docfav appointment. */
  conflicts: z.array(GuardConflict),
  /** Ids of the Doctena blockings the guard made (mirrors of Docfav busy times). */
  mirrorIds: z.array(z.string()),
  /**
   * Events whose move is not settled yet (the platform did not answer, or a desk crashed mid-move):
   * drawn pending and not draggable until the write journal knows how it ended.
   */
  pendingIds: z.array(z.string()).default([]),
  /** Moves still open in this desk's write journal, in any week. */
  openWrites: z.number().int().nonnegative().default(0),
});
export type CalendarData = z.infer<typeof CalendarData>;

/** A calendar is named by its account and its own id (Doctena calendar or Docfav staff calendar). */
export const CalendarRef = z.strictObject({
  accountId: z.string().min(1).max(64),
  calendarId: z.string().min(1).max(128),
});
export type CalendarRef = z.infer<typeof CalendarRef>;

export const EventRef = z.string().min(1).max(300);

/** Status changes a receptionist can make; `unconfirm` exists on Docfav only (used for undo). */
export const StatusAction = z.enum(['confirm', 'cancel', 'no-show', 'unconfirm']);
export type StatusAction = z.infer<typeof StatusAction>;

/** Something already in a slot a move or a booking would take. */
export const Conflict = z.object({
  type: z.string(),
  start: Instant,
  end: Instant,
});
export type Conflict = z.infer<typeof Conflict>;

export const ActionResult = z.object({
  /** The event as the platform now has it (re-read after the write); null when it is gone. */
  event: CalendarEvent.nullable(),
  /** What would undo this, if the platform allows it. */
  undo: StatusAction.nullable(),
});
export type ActionResult = z.infer<typeof ActionResult>;

export const MoveResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('moved'), event: CalendarEvent }),
  /** Docfav only: the target slot is taken; nothing was written. Ask, then retry with force. */
  z.object({ status: z.literal('conflict'), conflicts: z.array(Conflict) }),
  /**
   * Docfav did not answer the booking, and reading back has not found it yet. The write journal
   * keeps looking and reports with `move:settled`; moving it again meanwhile is refused.
   */
  z.object({ status: z.literal('pending') }),
  /** Another desk moved the same appointment at the same moment; its booking stayed, at `start`. */
  z.object({
    status: z.literal('moved-elsewhere'),
    start: Instant,
    event: CalendarEvent.nullable(),
  }),
]);
export type MoveResult = z.infer<typeof MoveResult>;

/** A Docfav id (a UUID) that goes into a request body, where no path check sees it. */
const DocfavId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** A Docfav client found by `patients:search` or made by `patients:create`: patient data. */
export const PatientMatch = z.object({
  clientId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** The clinic's own client number, where Docfav gives one. */
  number: z.number().nullable(),
});
export type PatientMatch = z.infer<typeof PatientMatch>;

/** What the booking dialog offers for a Docfav practitioner. */
export const BookingOptions = z.object({
  services: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      minutes: z.number(),
      /** Docfav's colour for the service, as #rrggbb; left out when it sent none we can read. */
      colour: HexColour.optional(),
    }),
  ),
  /** The clinic's `default_appointments_behaviour`, as a status Docfav lets a booking have. */
  defaultStatus: z.enum(['confirmed', 'pending']),
});
export type BookingOptions = z.infer<typeof BookingOptions>;

export const BookingInput = z
  .strictObject({
    ...CalendarRef.shape,
    serviceId: DocfavId,
    clientId: DocfavId,
    start: Instant,
    end: Instant,
    /** Patient data: sent to Docfav, never logged or journaled. */
    note: z.string().max(2000),
    sendReminder: z.boolean(),
    status: z.enum(['confirmed', 'pending']),
    /** Book even though the slot is taken (after the user saw the conflicts and said so twice). */
    force: z.boolean(),
  })
  .superRefine((b, ctx) => refineWriteTimes(b, ctx));
export type BookingInput = z.infer<typeof BookingInput>;

export const BookingResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('booked'), event: CalendarEvent }),
  /** The slot is taken; nothing was written. Ask twice, then retry with force. */
  z.object({ status: z.literal('conflict'), conflicts: z.array(Conflict) }),
  /** Docfav did not answer; the write journal looks for it and reports with `booking:settled`. */
  z.object({ status: z.literal('pending') }),
]);
export type BookingResult = z.infer<typeof BookingResult>;

const PersonText = (max: number) => z.string().trim().max(max);

/** A person's blocking title: the guard's marker titles, and look-alikes, are refused. */
const BlockingTitle = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((title) => !isReservedMirrorTitle(title), 'reserved-title');

export const BlockingInput = z
  .strictObject({
    title: BlockingTitle,
    calendars: z.array(CalendarRef).min(1).max(50),
    /** One or more ranges (a single slot, or several whole days of a vacation). */
    ranges: z
      .array(z.strictObject({ start: Instant, end: Instant }))
      .min(1)
      .max(366),
    /** An RRULE for a repeating blocking, e.g. FREQ=WEEKLY;BYDAY=WE;UNTIL=20270101T000000Z. */
    recurrence: z.string().max(300).nullable(),
  })
  .superRefine((b, ctx) => {
    b.ranges.forEach((r, i) => refineWriteTimes(r, ctx, ['ranges', i]));
  });
export type BlockingInput = z.infer<typeof BlockingInput>;

export const BlockingResult = z.object({
  created: z.array(CalendarEvent),
  /** Per calendar and range that could not be blocked, with the reason; the rest stands. */
  failed: z.array(z.object({ calendar: CalendarRef, start: Instant, error: ErrorPayload })),
});
export type BlockingResult = z.infer<typeof BlockingResult>;

/** One appointment of a bulk cancel (a vacation over booked days) and how far it got. */
export const BulkCancelItem = z.object({
  eventId: EventRef,
  state: z.enum(['todo', 'cancelled', 'failed']),
  error: ErrorPayload.nullable(),
});
export type BulkCancelItem = z.infer<typeof BulkCancelItem>;

export const BulkCancelId = z.string().regex(/^[a-z0-9]{8,32}$/);

export const BulkCancelProgress = z.object({
  id: BulkCancelId,
  /** Every item is cancelled or failed. */
  done: z.boolean(),
  items: z.array(BulkCancelItem),
});
export type BulkCancelProgress = z.infer<typeof BulkCancelProgress>;

/** Each week ahead costs one Docfav read per clinic, so the look-ahead is bounded. */
export const TO_CONFIRM_MAX_WEEKS = 8;
const CENTURY = {
  from: Date.parse('2000-01-01T00:00:00Z'),
  to: Date.parse('2100-01-01T00:00:00Z'),
};
export const ToConfirmInput = z.strictObject({
  /** Where the list starts, normally the desk's midnight today (default: the main process's). */
  from: Instant.refine((at) => {
    const ms = Date.parse(at);
    return ms >= CENTURY.from && ms < CENTURY.to;
  }, 'from must lie in this century').optional(),
  /** This week and the following ones, `weeks` in all. */
  weeks: z.number().int().min(1).max(TO_CONFIRM_MAX_WEEKS).optional(),
});
export const ToConfirmList = z.object({
  from: Instant,
  to: Instant,
  /** Doctena bookings in WAITING and Docfav appointments unconfirmed or pending, by start. */
  events: z.array(CalendarEvent),
  /** Those of `events` that Doctena may soon let expire unconfirmed. */
  expiringIds: z.array(z.string()),
});
export type ToConfirmList = z.infer<typeof ToConfirmList>;

/** How far ahead one free-slot search may look: every week is searched in one Docfav request. */
export const SLOT_SEARCH_MAX_WEEKS = 8;
export const SlotSearch = z
  .strictObject({
    /** The practitioner: a Doctena calendar or a Docfav staff calendar. */
    accountId: z.string().min(1).max(64),
    calendarId: z.string().min(1).max(128),
    /** The length of the slot, or (Docfav) the service that sets it. */
    durationMinutes: z.number().int().min(5).max(480).optional(),
    serviceId: z.string().min(1).max(64).optional(),
    /** Where to start looking (never before now). */
    from: Instant.refine((at) => {
      const ms = Date.parse(at);
      return ms >= Date.parse('2000-01-01T00:00:00Z') && ms < Date.parse('2100-01-01T00:00:00Z');
    }, 'from must lie in this century'),
    weeks: z.number().int().min(1).max(SLOT_SEARCH_MAX_WEEKS).optional(),
    maxResults: z.number().int().min(1).max(100).optional(),
  })
  .refine(
    (s) => (s.durationMinutes === undefined) !== (s.serviceId === undefined),
    'give either durationMinutes or serviceId',
  );
export type SlotSearch = z.infer<typeof SlotSearch>;

export const FreeSlot = z.object({ start: Instant, end: Instant });
export type FreeSlot = z.infer<typeof FreeSlot>;

export const SlotList = z.object({
  slots: z.array(FreeSlot),
  /**
   * The calendars every slot is free on: the one asked for and, for a practitioner paired in the
   * double-booking guard, the other platform's calendar too.
   */
  calendars: z.array(z.object({ accountId: z.string(), calendarId: z.string() })),
  durationMinutes: z.number().int().positive(),
  /** Where a search for later slots starts. */
  next: Instant,
  /** Requests this search sent to the platforms. */
  requests: z.number().int().nonnegative(),
});
export type SlotList = z.infer<typeof SlotList>;

/** `day` (the local date printed) only names the suggested file: no patient data crosses. */
export const PrintDaySheetInput = z.strictObject({
  output: z.enum(['paper', 'pdf']),
  day: z.iso.date(),
});
export type PrintDaySheetInput = z.infer<typeof PrintDaySheetInput>;

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
  /** Tests a Doctena login and, when it works, stores it (password encrypted) and connects it. */
  'accounts:connectDoctena': {
    input: z.strictObject({
      login: z.string().trim().min(1).max(320),
      password: z.string().min(1).max(500),
      baseUrl: BaseUrl.optional(),
      label: z.string().trim().max(200).optional(),
      timezone: TimeZone.optional(),
    }),
    output: AccountSummary,
  },
  /** Tests a Docfav API key and lists the clinics it can see; stores nothing. */
  'accounts:discoverDocfav': {
    input: z.strictObject({
      apiKey: z.string().trim().min(1).max(500),
      baseUrl: BaseUrl.optional(),
    }),
    output: z.array(z.object({ id: z.string(), name: z.string(), city: z.string().nullable() })),
  },
  /** Stores a tested Docfav key (encrypted) with the chosen clinics and connects it. */
  'accounts:connectDocfav': {
    input: z.strictObject({
      apiKey: z.string().trim().min(1).max(500),
      baseUrl: BaseUrl.optional(),
      clinicIds: z.array(z.string().min(1).max(64)).max(100),
      label: z.string().trim().max(200).optional(),
    }),
    output: AccountSummary,
  },
  /** Removes an account, its secret and every cached record of it. */
  'accounts:disconnect': {
    input: z.strictObject({ accountId: z.string().min(1).max(64) }),
    output: z.object({ removed: z.boolean() }),
  },
  /** Changes a Doctena account's time zone. */
  'accounts:setTimezone': {
    input: z.strictObject({ accountId: z.string().min(1).max(64), timezone: TimeZone }),
    output: AccountSummary,
  },
  /** Leaves the demo practice (showing the welcome screen) or starts it again. */
  'demo:set': {
    input: z.strictObject({ enabled: z.boolean() }),
    output: z.object({ demo: z.boolean() }),
  },
  /** Mappings the guard suggests where a Docfav practitioner's name matches a Doctena calendar. */
  'guard:suggestions': {
    input: NoInput,
    output: z.array(
      z.object({
        docfav: CalendarRef.extend({ name: z.string() }),
        doctena: CalendarRef.extend({ name: z.string() }),
      }),
    ),
  },
  'guard:status': {
    input: NoInput,
    output: GuardStatus,
  },
  /** Reconcile now (otherwise it runs after every sync). */
  'guard:run': {
    input: NoInput,
    output: GuardStatus,
  },
  /** Confirm, cancel, mark a no-show or (Docfav) revert to unconfirmed. */
  'event:setStatus': {
    input: z.strictObject({
      eventId: EventRef,
      action: StatusAction,
      /** Doctena's send_notifications; ignored by Docfav. */
      notifyPatient: z.boolean(),
    }),
    output: ActionResult,
  },
  /** Drag or resize: Doctena PUT starts/ends; Docfav check, re-book, cancel the old one. */
  'event:move': {
    input: z
      .strictObject({
        eventId: EventRef,
        start: Instant,
        end: Instant,
        notifyPatient: z.boolean(),
        /** Book even though the target slot is taken (after the user saw the conflicts). */
        force: z.boolean(),
      })
      .superRefine((m, ctx) => refineWriteTimes(m, ctx)),
    output: MoveResult,
  },
  'blocking:create': {
    input: BlockingInput,
    output: BlockingResult,
  },
  'blocking:update': {
    input: z
      .strictObject({
        eventId: EventRef,
        title: BlockingTitle.optional(),
        start: Instant.optional(),
        end: Instant.optional(),
        recurrence: z.string().max(300).nullable().optional(),
      })
      // With one end only, the handler checks it against the blocking's other end.
      .superRefine((u, ctx) => refineWriteTimes(u, ctx)),
    output: ActionResult,
  },
  'blocking:delete': {
    input: z.strictObject({ eventId: EventRef }),
    output: z.object({ deleted: z.boolean() }),
  },
  /** Cancels many appointments as one journaled action; answers at once, then poll progress. */
  'bulk:cancel': {
    input: z.strictObject({
      eventIds: z.array(EventRef).min(1).max(500),
      notifyPatient: z.boolean(),
    }),
    output: BulkCancelProgress,
  },
  /** A bulk cancel's progress; null once this desk no longer knows it (restarted and done). */
  'bulk:progress': {
    input: z.strictObject({ id: BulkCancelId }),
    output: BulkCancelProgress.nullable(),
  },
  /** Docfav clients by part of a name, phone, e-mail or ID card (Docfav's autocomplete). */
  'patients:search': {
    input: CalendarRef.extend({ query: z.string().trim().min(2).max(100) }),
    output: z.array(PatientMatch),
  },
  /** A new Docfav client (a walk-in too), in the clinic of the chosen practitioner. */
  'patients:create': {
    input: CalendarRef.extend({
      firstName: PersonText(100),
      lastName: PersonText(100),
      phone: PersonText(32),
      email: PersonText(254),
      walkIn: z.boolean(),
    }).refine((p) => p.firstName !== '' || p.lastName !== '', 'a name is required'),
    output: PatientMatch,
  },
  /** Services (with their durations) and the default status for a Docfav practitioner. */
  'booking:options': {
    input: CalendarRef,
    output: BookingOptions,
  },
  /** Checks the slot, then books it in Docfav, journaled so a lost answer never books twice. */
  'booking:create': {
    input: BookingInput,
    output: BookingResult,
  },
  /** The merged calendar for a visible range, from the main process's cache (syncing if cold). */
  'calendar:range': {
    input: Range,
    output: CalendarData,
  },
  /**
   * Refresh now (the refresh button); resolves when the sync of that range has finished, or after a
   * short grace period for an account that has not answered yet (its data follows by push).
   */
  'sync:refresh': {
    input: Range,
    output: CalendarData,
  },
  /**
   * Patients by name (every word, any order), phone or e-mail, across time: Docfav's
   * autocomplete and the Doctena history held in memory, each with their appointments.
   */
  'events:search': {
    input: z.strictObject({ query: z.string().trim().min(2).max(100) }),
    output: PatientSearchResult,
  },
  /** The patient card of one appointment (Docfav: one `clients/{id}` read; kept nowhere). */
  'patients:get': {
    input: z.strictObject({ eventId: EventRef }),
    output: PatientCard,
  },
  /** Bookings and appointments still waiting for the practice, from `from` some weeks ahead. */
  'calendar:toConfirm': {
    input: ToConfirmInput,
    output: ToConfirmList,
  },
  /** The practitioner's next free slots (both platforms' when paired in the guard). */
  'slots:find': {
    input: SlotSearch,
    output: SlotList,
  },
  /**
   * The day sheet the renderer has laid out for print, on paper or as a PDF the user saves where
   * they choose. `unsupported` where there is no Electron (the web bridge): the browser prints.
   */
  'print:daySheet': {
    input: PrintDaySheetInput,
    output: z.object({
      outcome: z.enum(['printed', 'saved', 'cancelled', 'failed', 'unsupported']),
    }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Push events from main to renderer. */
export const events = {
  /** A sync ended (well or not); the renderer refetches what it shows. */
  'sync:finished': z.object({
    accountId: z.string(),
    at: Instant,
    ok: z.boolean(),
    /** Events added, changed or removed by this sync. */
    changed: z.number().int().nonnegative(),
  }),
  /** An account has kept a sync waiting for a few seconds; the renderer refetches to say so. */
  'sync:slow': z.object({ accountId: z.string() }),
  /** A new double booking found by the guard: time and calendar only. */
  'conflict:new': z.object({
    doctenaEventId: z.string(),
    start: Instant,
    calendarName: z.string(),
  }),
  'guard:finished': GuardStatus,
  /** A booking that appeared after the first sync. Time and calendar only: no health details. */
  'booking:new': z.object({
    eventId: z.string(),
    calendarName: z.string(),
    start: Instant,
  }),
  'app:notice': Notice,
  /** A move this desk could not finish at the time (no answer, or a crash) has now settled. */
  'move:settled': z.object({
    accountId: z.string(),
    outcome: z.enum(['moved', 'moved-elsewhere', 'not-moved', 'duplicated', 'lost']),
    /** Where the appointment now is, when it moved. */
    start: Instant.nullable(),
  }),
  /** A booking Docfav did not answer has been found by its marker, or is known not to exist. */
  'booking:settled': z.object({
    accountId: z.string(),
    outcome: z.enum(['booked', 'not-booked']),
    start: Instant,
  }),
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
