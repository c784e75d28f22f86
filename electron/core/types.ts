import type { Settings } from '../../shared/settings';
import type { ChannelOutput, PrintDaySheetInput } from '../../shared/contract';
import type { AccountRuntime } from '../accounts/sources';
import type { Managed } from '../accounts/managed';
import type { BulkCancels } from '../actions/bulk-cancel';
import type { BookRecovery } from '../actions/docfav-book/recovery';
import type { MoveRecovery } from '../actions/docfav-move/recovery';
import type { Guard } from '../guard/guard';
import type { Logger } from '../log';
import type { SyncEngine } from '../sync/engine';
import type { Emit } from './emit';
import type { SecretStore, SettingsStore } from './stores';

// The shapes of the wiring, apart from the wiring itself (core/services.ts), so that handlers and
// actions can depend on them without an import cycle through the file that builds everything.

export interface AppIdentity {
  name: string;
  version: string;
  platform: string;
  /** Whether this host can start the app at login (the desktop app on macOS and Windows). */
  launchAtLogin?: boolean;
}

/**
 * Everything the main process does, without Electron. The Electron glue and the web bridge each
 * build one of these with their own stores, fetch, notifications and push channel.
 */
export interface Services {
  app: AppIdentity;
  settings: SettingsStore;
  secrets: SecretStore;
  logger: Logger;
  fetch: typeof fetch;
  now: () => Date;
  emit: Emit;
  sync: SyncEngine;
  /** The double-booking guard: mirrors Docfav busy times into Doctena, finds conflicts. */
  guard: Guard;
  /** Docfav moves in the write journal: finishes those a crash or a lost answer left open. */
  moves: MoveRecovery;
  /** New Docfav bookings in the write journal: finds those whose answer was lost. */
  bookings: BookRecovery;
  /** Bulk cancels (a vacation over booked days) in the write journal: finished after a crash. */
  bulkCancels: BulkCancels;
  /** The connected accounts (or the demo's), with their clients, by account id. */
  accounts: () => ReadonlyMap<string, AccountRuntime>;
  /** Accounts configured through the environment (see accounts/managed.ts). */
  managed: Managed;
  /** Rebuilds the account runtimes after a connect, disconnect or demo switch. */
  reloadAccounts: () => Promise<void>;
  isDemo: () => boolean;
  /** Applies settings that live outside the app (launch at login), after every change. */
  applySettings: (settings: Settings) => void;
  /** The window's day sheet on paper or as a PDF; undefined where the browser prints (web). */
  printDaySheet: DayPrinter | undefined;
}

export type DayPrinter = (
  input: PrintDaySheetInput,
) => Promise<ChannelOutput<'print:daySheet'>['outcome']>;
