import { EventEmitter } from 'node:events';
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../shared/contract';
import { printHandlers } from './core/handlers/print';
import type { ServicesOptions } from './core/services';
import type { Services } from './core/types';
import { APP_USER_MODEL_ID } from './identity';
import { VENDOR_PARTITION } from './vendor-session';

// The entry module itself, loaded against a stand-in `electron` that keeps Electron's documented
// rules: the module is evaluated before `ready`; session, protocol.handle and screen work only
// after it; registerSchemesAsPrivileged only before it.

const h = vi.hoisted(() => {
  const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
  function createFakeElectron(options: { lock: boolean }) {
    const log: string[] = [];
    let ready = false;
    let fireReady = () => {};
    const whenReady = new Promise<void>((resolve) => {
      fireReady = () => {
        ready = true;
        resolve();
      };
    });
    const afterReady = (name: string) => {
      if (!ready) throw new Error(`${name} used before the app is ready`);
    };
    const appEvents = new EventEmitterLike();
    const vendorSession = { fetch: vi.fn(() => Promise.resolve(new Response('{}'))) };
    const defaultSession = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
      registerPreloadScript: vi.fn(),
      fetch: vi.fn(),
    };
    const windows: FakeWindow[] = [];
    class FakeWindow {
      webContents = {
        isDestroyed: () => false,
        print: vi.fn((_options: unknown, done: (success: boolean, reason: string) => void) =>
          done(true, ''),
        ),
        printToPDF: vi.fn((_options: unknown) => Promise.resolve(PDF_BYTES)),
      };
      isDestroyed() {
        return false;
      }
      constructor(public options: Record<string, unknown>) {
        log.push('new BrowserWindow');
        windows.push(this);
      }
      static getAllWindows = () => windows;
      once() {}
      on() {}
      loadURL() {
        return Promise.resolve();
      }
    }
    const electron = {
      app: {
        setAppUserModelId: vi.fn((id: string) => log.push(`setAppUserModelId ${id}`)),
        requestSingleInstanceLock: vi.fn(() => {
          log.push('requestSingleInstanceLock');
          return options.lock;
        }),
        quit: vi.fn(() => log.push('quit')),
        on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
          log.push(`on ${event}`);
          appEvents.on(event, listener);
        }),
        whenReady: () => whenReady,
        isReady: () => ready,
        getVersion: () => '0.1.0',
        getPreferredSystemLanguages: () => ['de-DE', 'en-US'],
        getPath: () => '/nonexistent/frontdesk-user-data',
        isPackaged: true,
        setLoginItemSettings: vi.fn(),
        showAboutPanel: vi.fn(),
      },
      BrowserWindow: FakeWindow,
      ipcMain: { handle: vi.fn() },
      net: { fetch: vi.fn() },
      dialog: {
        showMessageBox: vi.fn(),
        showSaveDialog: vi.fn((_win: unknown, _options: { defaultPath?: string }) =>
          Promise.resolve({ canceled: false, filePath: '/chosen/day-sheet.pdf' }),
        ),
      },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn(() => ({})) },
      Notification: { isSupported: () => true },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => {
          if (ready) throw new Error('registerSchemesAsPrivileged after ready');
        }),
        handle: vi.fn(() => afterReady('protocol.handle')),
      },
      screen: {
        getAllDisplays: () => {
          afterReady('screen');
          return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
        },
      },
      safeStorage: {},
      session: {
        get defaultSession() {
          afterReady('session.defaultSession');
          return defaultSession;
        },
        fromPartition: vi.fn((_partition: string, _options?: { cache: boolean }) => {
          afterReady('session.fromPartition');
          return vendorSession;
        }),
      },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
    };
    return { electron, log, fireReady, appEvents, vendorSession, defaultSession, windows };
  }

  /** A tiny emitter (node:events cannot be imported inside vi.hoisted). */
  class EventEmitterLike {
    private listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }

  return {
    createFakeElectron,
    current: undefined as ReturnType<typeof createFakeElectron> | undefined,
    createServices: vi.fn(),
    settingsStore: vi.fn(() => ({ read: () => ({ language: null }) })),
    secretStore: vi.fn(() => ({})),
    storesOpened: [] as string[],
    writeFile: vi.fn((_file: string, _data: Uint8Array) => Promise.resolve()),
    pdf: PDF_BYTES,
  };
});

vi.mock('electron', () => {
  const pick = <K extends keyof ReturnType<typeof h.createFakeElectron>['electron']>(key: K) =>
    h.current!.electron[key];
  return {
    get app() {
      return pick('app');
    },
    get BrowserWindow() {
      return pick('BrowserWindow');
    },
    get ipcMain() {
      return pick('ipcMain');
    },
    get net() {
      return pick('net');
    },
    get dialog() {
      return pick('dialog');
    },
    get Menu() {
      return pick('Menu');
    },
    get Notification() {
      return pick('Notification');
    },
    get protocol() {
      return pick('protocol');
    },
    get screen() {
      return pick('screen');
    },
    get safeStorage() {
      return pick('safeStorage');
    },
    get session() {
      return pick('session');
    },
    get shell() {
      return pick('shell');
    },
  };
});
vi.mock('./core/services', () => ({ createServices: h.createServices }));
vi.mock('./platform/electron-stores', () => ({
  createElectronSettingsStore: h.settingsStore,
  openSafeSecretStore: h.secretStore,
}));
// Every file the main module writes goes through here: the day sheet must write none of its own.
vi.mock('node:fs/promises', async (importOriginal) => ({
  ...(await importOriginal<typeof FsPromises>()),
  writeFile: h.writeFile,
}));
vi.mock('electron-store', () => ({
  default: class {
    constructor(options: { name: string }) {
      h.storesOpened.push(options.name);
    }
    get() {
      return undefined;
    }
    set() {}
  },
}));

const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;
function setPlatform(platform: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { ...realPlatform, value: platform });
}
// The ready handler runs in a promise callback: let it (and what it starts) finish.
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

async function launch(platform: NodeJS.Platform, lock = true) {
  setPlatform(platform);
  const fake = h.createFakeElectron({ lock });
  h.current = fake;
  vi.resetModules();
  await import('./main');
  const loadedBeforeReady = [...fake.log];
  fake.fireReady();
  await settle();
  const options = h.createServices.mock.calls[0]?.[0] as ServicesOptions | undefined;
  return { ...fake, loadedBeforeReady, options };
}

beforeEach(() => {
  h.createServices.mockReset();
  h.createServices.mockImplementation(() => ({
    dispatch: vi.fn(),
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  }));
  h.settingsStore.mockClear();
  h.secretStore.mockClear();
  h.storesOpened.length = 0;
  h.writeFile.mockClear();
});

afterEach(() => {
  Object.defineProperty(process, 'platform', realPlatform);
});

describe('the main module', () => {
  it('loads before ready and uses session, protocol.handle and screen only after it', async () => {
    const run = await launch('linux');
    expect(run.loadedBeforeReady).not.toContain('new BrowserWindow');
    expect(run.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(h.createServices).toHaveBeenCalledTimes(1);
    expect(run.windows).toHaveLength(1);
  });

  it('sets the AppUserModelId to the installer’s appId on Windows, before anything else', async () => {
    const run = await launch('win32');
    expect(run.log[0]).toBe(`setAppUserModelId ${APP_USER_MODEL_ID}`);
    const linux = await launch('linux');
    expect(linux.electron.app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('as a second instance only hands over and quits: no services, stores, demo or window', async () => {
    const run = await launch('win32', false);
    expect(run.log).toEqual([
      `setAppUserModelId ${APP_USER_MODEL_ID}`,
      'requestSingleInstanceLock',
      'quit',
    ]);
    expect(h.createServices).not.toHaveBeenCalled();
    expect(h.settingsStore).not.toHaveBeenCalled();
    expect(h.secretStore).not.toHaveBeenCalled();
    expect(h.storesOpened).toEqual([]);
    expect(run.windows).toEqual([]);
  });

  it('fetches vendors in an in-memory session without HTTP cache and without cookies', async () => {
    const run = await launch('linux');
    await run.options!.fetch('https://api.vendor.example/v1/appointments', {
      headers: { authorization: 'Bearer x' },
    });
    expect(run.electron.session.fromPartition).toHaveBeenCalledWith(VENDOR_PARTITION, {
      cache: false,
    });
    // Without the persist: prefix Electron keeps the partition in memory only.
    expect(VENDOR_PARTITION.startsWith('persist:')).toBe(false);
    expect(run.vendorSession.fetch).toHaveBeenCalledWith(
      'https://api.vendor.example/v1/appointments',
      expect.objectContaining({ credentials: 'omit', cache: 'no-store' }),
    );
    expect(run.electron.net.fetch).not.toHaveBeenCalled();
    expect(run.defaultSession.fetch).not.toHaveBeenCalled();
  });

  it('offers launch at login on Windows and macOS only, and never calls it on Linux', async () => {
    const linux = await launch('linux');
    expect(linux.options!.app.launchAtLogin).toBe(false);
    linux.options!.applySettings!({ launchAtLogin: true } as never);
    expect(linux.electron.app.setLoginItemSettings).not.toHaveBeenCalled();

    h.createServices.mockClear();
    const windows = await launch('win32');
    expect(windows.options!.app.launchAtLogin).toBe(true);
    windows.options!.applySettings!({ launchAtLogin: true } as never);
    expect(windows.electron.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
  });

  it('gives the window its icon on Linux', async () => {
    const linux = await launch('linux');
    expect(path.basename(String(linux.windows[0]!.options.icon))).toBe('icon.png');
    const windows = await launch('win32');
    expect(windows.windows[0]!.options).not.toHaveProperty('icon');
  });

  it('hands a clicked tel: link in any web contents to the OS', async () => {
    const run = await launch('linux');
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    run.appEvents.emit('web-contents-created', {}, contents);
    const event = { url: 'tel:+4930555000', preventDefault: vi.fn() };
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(run.electron.shell.openExternal).toHaveBeenCalledWith('tel:+4930555000');
  });
  it('prints the day sheet from the main window, and writes its PDF only where the user saves it', async () => {
    const run = await launch('linux');
    const win = run.windows[0]!;
    const services = { printDaySheet: run.options!.printDaySheet } satisfies Partial<Services>;
    const handle = printHandlers(services as Services)['print:daySheet'];
    const print = async (output: 'paper' | 'pdf') =>
      channels['print:daySheet'].output.parse(
        await handle({ output, day: '2026-12-09' }, { transport: 'electron' }),
      );

    await expect(print('paper')).resolves.toEqual({ outcome: 'printed' });
    expect(win.webContents.print).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', silent: false }),
      expect.any(Function),
    );

    run.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(print('pdf')).resolves.toEqual({ outcome: 'cancelled' });
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }),
    );
    expect(h.writeFile).not.toHaveBeenCalled();

    await expect(print('pdf')).resolves.toEqual({ outcome: 'saved' });
    expect(run.electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(
      win,
      expect.objectContaining({ defaultPath: expect.stringContaining('2026-12-09') }),
    );
    expect(h.writeFile).toHaveBeenCalledExactlyOnceWith('/chosen/day-sheet.pdf', h.pdf);
    // The main window itself is printed: no hidden window is opened for the sheet.
    expect(run.windows).toHaveLength(1);
  });
});
