import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createServices, type Services, type ServicesOptions } from '../core/services';
import { APP_GRACE_MS } from '../sync/engine';
import { createMemorySecretStore, createMemorySettingsStore } from '../core/stores';
import { createLogger, type Logger } from '../log';
import type { SyncSource } from '../sync/source';
import { startWebBridge, type WebBridge } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageJson = JSON.parse(
  readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8'),
) as { version: string };
export const DEFAULT_RENDERER_DIR = path.join(here, '..', '..', 'dist', 'renderer');

export interface WebAppOptions {
  port?: number;
  token?: string;
  logger?: Logger;
  rendererDir?: string;
  /** Initial settings, as a settings file would hold them. */
  settings?: unknown;
  /** Start the demo practice when no account is configured (default: unless FRONTDESK_DEMO=0). */
  demoWhenEmpty?: boolean;
  sources?: SyncSource[];
  /** The write journal's folder (default: FRONTDESK_JOURNAL_DIR; none keeps it in memory). */
  journalDir?: string;
  client?: ServicesOptions['client'];
  moveTiming?: ServicesOptions['moveTiming'];
}

export interface WebApp {
  bridge: WebBridge;
  services: Services;
  close(): Promise<void>;
}

/**
 * The main-process services wired to the web bridge instead of Electron: memory stores (nothing
 * is written to disk), Node's fetch, and the bridge's event stream for pushes.
 */
export async function startWebApp(options: WebAppOptions = {}): Promise<WebApp> {
  const logger = options.logger ?? createLogger();
  // The services need the push channel before the bridge that provides it exists.
  const late: { bridge?: WebBridge } = {};
  const journalDir = options.journalDir ?? process.env.FRONTDESK_JOURNAL_DIR;
  const runtime = createServices({
    app: { name: 'Frontdesk', version: packageJson.version, platform: process.platform },
    settings: createMemorySettingsStore(options.settings),
    secrets: createMemorySecretStore(),
    logger,
    fetch: globalThis.fetch,
    push: (event, payload) => late.bridge?.push(event, payload),
    // A person is waiting: never hold the week back for one slow platform.
    syncGraceMs: APP_GRACE_MS,
    demoWhenEmpty: options.demoWhenEmpty ?? process.env.FRONTDESK_DEMO !== '0',
    ...(options.sources ? { sources: options.sources } : {}),
    ...(journalDir ? { journalDir } : {}),
    ...(options.client ? { client: options.client } : {}),
    ...(options.moveTiming ? { moveTiming: options.moveTiming } : {}),
  });
  const { services, dispatch } = runtime;
  const bridge = await startWebBridge({
    dispatch,
    rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
    logger,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.token === undefined ? {} : { token: options.token }),
  });
  late.bridge = bridge;
  await runtime.start();
  return {
    bridge,
    services,
    close: async () => {
      await runtime.stop();
      await bridge.close();
    },
  };
}
