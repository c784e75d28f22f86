import type { EventName, EventPayload } from '../../shared/contract';
import { events } from '../../shared/contract';
import { buildRuntimes, type AccountRuntime, type SourceContext } from '../accounts/sources';
import { startDemo, type Demo } from '../accounts/demo';
import { managedAccounts } from '../accounts/managed';
import { Guard } from '../guard/guard';
import { createActions } from '../actions';
import { BulkCancels } from '../actions/bulk-cancel';
import { createBulkJournal } from '../actions/bulk-cancel/entry';
import { createBookJournal } from '../actions/docfav-book/entry';
import { BookRecovery, withBookings } from '../actions/docfav-book/recovery';
import { MoveRecovery } from '../actions/docfav-move/recovery';
import { createFileJournal, createMemoryJournal } from '../actions/journal';
import type { Logger } from '../log';
import { SyncEngine } from '../sync/engine';
import type { SyncSource } from '../sync/source';
import { createDispatcher, type Dispatch } from './dispatch';
import type { Emit } from './emit';
import { createHandlers } from './handlers';
import type { Notify } from './notify';
import type { SecretStore, SettingsStore } from './stores';
import type { Settings } from '../../shared/settings';
import type { AppIdentity, DayPrinter, Services } from './types';

// The entry points (main.ts, web/app.ts) take these types from here with createServices.
export type { AppIdentity, Emit, Services };

export interface ServicesOptions {
  app: AppIdentity;
  settings: SettingsStore;
  secrets: SecretStore;
  logger: Logger;
  fetch: typeof fetch;
  now?: () => Date;
  /** Delivers a validated push event to the renderer(s). */
  push: (event: EventName, payload: unknown) => void;
  notify?: Notify;
  /** Start the demo practice when no account is configured (default true). */
  demoWhenEmpty?: boolean;
  /** Ready-made sources instead of the configured accounts (benchmarks and tests). */
  sources?: SyncSource[];
  /** Where managed accounts are read from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** OS-level effects of settings, e.g. Electron's login item; none in the web bridge. */
  applySettings?: (settings: Settings) => void;
  /**
   * How long the calendar waits for a slow platform before showing the others (APP_GRACE_MS in
   * the app); absent, it waits for every platform, which tests that read whole weeks rely on.
   */
  syncGraceMs?: number;
  /**
   * Folder of the durable write journal (multi-step writes survive a crash there). Electron uses
   * the user-data folder; the web bridge takes FRONTDESK_JOURNAL_DIR; none keeps it in memory.
   */
  journalDir?: string;
  /** Client timeouts and retries (tests and the chaos suite shorten them); app defaults otherwise. */
  client?: SourceContext['client'];
  /** How long a move's lost answer may still turn up, and how long a finished move is checked. */
  moveTiming?: { settleMs?: number; verifyMs?: number };
  /** Prints the day sheet the window shows (Electron's glue, electron/print.ts); none on the web. */
  printDaySheet?: DayPrinter;
}

export interface Runtime {
  services: Services;
  dispatch: Dispatch;
  /** Connects the configured accounts (or the demo) and starts polling. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createServices(options: ServicesOptions): Runtime {
  const { push, logger } = options;
  const now = options.now ?? (() => new Date());
  const emit: Emit = (event, payload) => {
    // Validate on the way out, exactly like channel outputs.
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) {
      logger.error('push event dropped: invalid payload', { event });
      return;
    }
    push(event, parsed.data);
  };
  const guard: Guard = new Guard({
    settings: () => options.settings.read(),
    accounts: () => runtimes,
    emit,
    logger,
    now,
    ...(options.notify ? { notify: options.notify } : {}),
    reload: (accountId, target) => sync.reload(accountId, target),
  });
  const journal = options.journalDir
    ? createFileJournal(options.journalDir, (file) =>
        logger.warn('unreadable journal entry set aside', { file }),
      )
    : createMemoryJournal();
  const moves: MoveRecovery = new MoveRecovery({
    journal,
    accounts: () => runtimes,
    sync: { reload: (accountId, target) => sync.reload(accountId, target) },
    emit: (payload) => emit('move:settled', payload),
    logger,
    now,
    ...options.moveTiming,
  });
  const bookings: BookRecovery = new BookRecovery({
    journal: createBookJournal(options.journalDir, (file) =>
      logger.warn('unreadable journal entry set aside', { file }),
    ),
    accounts: () => runtimes,
    sync: { reload: (accountId, target) => sync.reload(accountId, target) },
    emit: (payload) => emit('booking:settled', payload),
    logger,
    now,
    ...(options.moveTiming?.settleMs === undefined
      ? {}
      : { settleMs: options.moveTiming.settleMs }),
  });
  const sync: SyncEngine = new SyncEngine({
    ...(options.syncGraceMs === undefined ? {} : { graceMs: options.syncGraceMs }),
    emit: (event, payload) => {
      emit(event, payload);
      if (event === 'sync:finished') {
        guard.syncFinished(payload);
        // Every sync is a chance to finish a move a crash or a lost answer left open.
        if ((payload as EventPayload<'sync:finished'>).ok) {
          void moves.run();
          void bookings.run();
          void bulkCancels.run();
        }
      }
    },
    annotate: (events) => ({
      ...guard.annotate(events),
      ...withBookings(moves.calendarView(), bookings),
    }),
    logger,
    now,
    pollIntervalMs: () => options.settings.read().pollIntervalSeconds * 1000,
    onNewBooking: ({ event, calendarName }) => {
      const settings = options.settings.read();
      if (!settings.desktopNotifications || !options.notify) return;
      options.notify({ kind: 'new-booking', start: event.start, calendarName });
    },
  });
  const managed = managedAccounts(options.env ?? process.env);
  for (const problem of managed.problems) logger.warn('managed account ignored', { problem });
  let demo: Demo | undefined;
  let runtimes = new Map<string, AccountRuntime>();
  const use = (list: AccountRuntime[], isDemo: boolean) => {
    runtimes = new Map(list.map((r) => [r.account.id, r]));
    sync.setSources(
      list.map((r) => r.source),
      isDemo,
    );
  };

  const reloadAccounts = async () => {
    const context = {
      fetch: options.fetch,
      logger,
      now,
      ...(options.client ? { client: options.client } : {}),
    };
    if (options.sources) {
      sync.setSources(options.sources);
      return;
    }
    const settings = options.settings.read();
    const accounts = [...managed.accounts, ...settings.accounts];
    if (accounts.length === 0 && (options.demoWhenEmpty ?? true) && settings.demoWhenEmpty) {
      demo ??= await startDemo();
      const secrets = demo.secrets;
      use(
        buildRuntimes(demo.accounts, { ...context, secretFor: (id) => secrets.get(id) }).runtimes,
        true,
      );
      return;
    }
    // Leaving the demo: its simulators and every fictional record go away.
    await demo?.close();
    demo = undefined;
    const built = buildRuntimes(accounts, {
      ...context,
      secretFor: (id) => managed.secrets.get(id) ?? options.secrets.get(id),
    });
    for (const account of built.missingSecret) {
      logger.warn('account has no stored secret', { account: account.id });
    }
    use(built.runtimes, false);
    // A disconnected account's open moves can never be finished: their ids mean nothing now.
    moves.forgetAccountsExcept(new Set(accounts.map((a) => a.id)));
    bookings.forgetAccountsExcept(new Set(accounts.map((a) => a.id)));
  };

  // Its own action set (made once `services` exists): each cancel is the ordinary status change,
  // with its rules and read-back.
  let bulkActions: ReturnType<typeof createActions> | undefined;
  const bulkCancels: BulkCancels = new BulkCancels({
    journal: createBulkJournal(options.journalDir, (file) =>
      logger.warn('unreadable journal entry set aside', { file }),
    ),
    cancel: (eventId, notifyPatient) =>
      (bulkActions ??= createActions(services)).setStatus({
        eventId,
        action: 'cancel',
        notifyPatient,
      }),
    findEvent: (id) => sync.findEvent(id),
    logger,
    now,
  });
  const services: Services = {
    app: options.app,
    settings: options.settings,
    secrets: options.secrets,
    logger,
    fetch: options.fetch,
    now,
    emit,
    sync,
    guard,
    moves,
    bookings,
    bulkCancels,
    accounts: () => runtimes,
    managed,
    reloadAccounts,
    isDemo: () => demo !== undefined,
    applySettings: (settings) => options.applySettings?.(settings),
    printDaySheet: options.printDaySheet,
  };

  return {
    services,
    dispatch: createDispatcher(createHandlers(services), logger),
    async start() {
      services.applySettings(options.settings.read());
      await reloadAccounts();
      sync.start();
      // Moves a crash left open are finished before anyone acts on those appointments again.
      void moves.run({ all: true });
      void bookings.run({ all: true });
      void bulkCancels.run({ all: true });
    },
    async stop() {
      sync.stop();
      guard.stop();
      moves.stop();
      bookings.stop();
      bulkCancels.stop();
      await demo?.close();
      demo = undefined;
    },
  };
}
