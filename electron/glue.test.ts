import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, Session, WebContents, WebFrameMain } from 'electron';
import { channelNames, type IpcResult } from '../shared/contract';
import { createTestServices } from './testing/services';
import { hardenContents, hardenSession } from './harden';
import { registerIpc } from './ipc-main';
import { silentLogger } from './log';
import { APP_ORIGIN } from './security';
import type { AsyncSafeStorage } from './platform/electron-stores';
import { createMainWindow, registerAppPreload } from './window';

// The Electron binary is not available on build machines: these tests pin down the thin glue with
// a mocked `electron` module.

const exposed: Record<string, unknown> = {};
const ipcRendererInvoke = vi.fn((_channel: string, _input: unknown) =>
  Promise.resolve<IpcResult>({ ok: true, value: 'from-main' }),
);
const ipcRendererOn = vi.fn();
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed[key] = value;
    },
  },
  ipcRenderer: {
    invoke: ipcRendererInvoke,
    on: ipcRendererOn,
    removeListener: vi.fn(),
  },
}));

const storeData = new Map<string, Map<string, unknown>>();
vi.mock('electron-store', () => ({
  default: class FakeStore {
    private data: Map<string, unknown>;
    constructor(options: { name: string }) {
      this.data = storeData.get(options.name) ?? new Map();
      storeData.set(options.name, this.data);
    }
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
    delete(key: string) {
      this.data.delete(key);
    }
    get store() {
      return Object.fromEntries(this.data);
    }
  },
}));

function fakeFrame(url: string, parent: unknown = null) {
  return { url, parent } as unknown as WebFrameMain;
}

function fakeContents(mainFrame: WebFrameMain) {
  return { mainFrame, isDestroyed: () => false } as unknown as WebContents;
}

describe('ipcMain registration', () => {
  it('registers exactly the contract channels', () => {
    const handle = vi.fn();
    const { dispatch } = createTestServices();
    registerIpc({ handle } as unknown as IpcMain, dispatch, () => null, silentLogger);
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...channelNames].sort());
  });

  it('answers our main frame and refuses iframes, other pages and other windows', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<IpcResult>>();
    const { dispatch } = createTestServices();
    const main = fakeFrame(`${APP_ORIGIN}/index.html`);
    const contents = fakeContents(main);
    registerIpc(
      { handle: (c: string, h: never) => handlers.set(c, h) } as unknown as IpcMain,
      dispatch,
      () => contents,
      silentLogger,
    );
    const call = (frame: WebFrameMain | null) =>
      handlers.get('app:info')!({ senderFrame: frame }, {});

    expect(await call(main)).toMatchObject({ ok: true });
    const refused = [
      fakeFrame(`${APP_ORIGIN}/index.html`, main), // an iframe inside our page
      fakeFrame('https://evil.example/'), // another window's frame
      null, // a frame that is gone
    ];
    for (const frame of refused) {
      expect(await call(frame)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    // Our own frame, but navigated away from the app: refused too.
    (main as { url: string }).url = 'https://evil.example/';
    expect(await call(main)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe('BrowserWindow', () => {
  it('is created with the secure webPreferences and loads only the app origin', () => {
    const created: { options: { webPreferences: Record<string, unknown> }; url?: string }[] = [];
    class FakeWindow {
      constructor(public options: { webPreferences: Record<string, unknown> }) {
        created.push({ options });
      }
      once() {}
      loadURL(url: string) {
        created[0]!.url = url;
        return Promise.resolve();
      }
    }
    createMainWindow(FakeWindow as never);
    const prefs = created[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(created[0]!.url).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('gives the preload only to documents of the app origin', () => {
    const registerPreloadScript = vi.fn();
    registerAppPreload({ registerPreloadScript } as unknown as Session, '/app/dist-electron');
    expect(registerPreloadScript).toHaveBeenCalledWith({
      id: 'frontdesk-api',
      type: 'frame',
      filePath: '/app/dist-electron/preload.cjs',
      matches: [`${APP_ORIGIN}/*`],
    });
  });
});

describe('hardening', () => {
  it('blocks navigation away, webviews and window.open, but hands tel:/mailto: to the OS', () => {
    const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: unknown };
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' });
    contents.setWindowOpenHandler = (h: typeof openHandler) => {
      openHandler = h;
    };
    const openExternal = vi.fn(() => Promise.resolve());
    hardenContents(contents as unknown as WebContents, openExternal, silentLogger);

    // Electron 45 passes the URL on the event; the positional one is deprecated.
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn(), url };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`${APP_ORIGIN}/index.html`)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'tel:+4930555000' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['tel:+4930555000']]);
  });

  it('hands a clicked tel: or mailto: link (a main-frame navigation) to the OS, and nothing else', () => {
    const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: unknown };
    contents.setWindowOpenHandler = () => {};
    const openExternal = vi.fn(() => Promise.resolve());
    hardenContents(contents as unknown as WebContents, openExternal, silentLogger);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn(), url };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    // The app stays where it is either way: the phone or mail program takes the link.
    expect(navigate('tel:+4930555000')).toBe(true);
    expect(navigate('mailto:desk@practice.example')).toBe(true);
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(openExternal.mock.calls).toEqual([
      ['tel:+4930555000'],
      ['mailto:desk@practice.example'],
    ]);
  });

  it('denies every permission request and check, and sets the CSP on every response', () => {
    let request: (c: unknown, p: string, cb: (ok: boolean) => void, d: object) => void = () => {};
    let check: () => boolean = () => true;
    let headers: (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void = () => {};
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onHeadersReceived: (h: typeof headers) => (headers = h) },
    } as unknown as Session;
    hardenSession(session, silentLogger);
    const details = { isMainFrame: true, requestingUrl: `${APP_ORIGIN}/index.html` };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      request(null, permission, callback, details);
      expect(callback).toHaveBeenCalledWith(false);
    }
    // Chromium asks before it hands an external protocol to the OS: only tel: and mailto: pass.
    const external = (externalURL: string, permission = 'openExternal') => {
      const callback = vi.fn();
      request(null, permission, callback, { ...details, externalURL });
      return callback.mock.calls[0]![0] as boolean;
    };
    expect(external('tel:+4930555000')).toBe(true);
    expect(external('mailto:desk@practice.example')).toBe(true);
    expect(external('https://evil.example/')).toBe(false);
    expect(external('ms-settings:privacy')).toBe(false);
    expect(external('tel:+4930555000', 'media')).toBe(false);
    expect(check()).toBe(false);
    const callback = vi.fn();
    headers({ responseHeaders: {} }, callback);
    expect(callback.mock.calls[0]![0].responseHeaders['Content-Security-Policy'][0]).toContain(
      "script-src 'self'",
    );
  });
});

describe('preload', () => {
  beforeEach(() => {
    ipcRendererInvoke.mockClear();
  });

  it('exposes only window.api, forwards declared channels and refuses others unsent', async () => {
    await import('./preload');
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed.api as {
      invoke(c: unknown, i: unknown): Promise<IpcResult>;
      on(e: unknown, l: unknown): unknown;
    };
    expect(Object.isFrozen(api)).toBe(true);
    expect(await api.invoke('app:info', {})).toEqual({ ok: true, value: 'from-main' });
    expect(ipcRendererInvoke).toHaveBeenCalledWith('app:info', {});

    ipcRendererInvoke.mockClear();
    expect(await api.invoke('ipc:raw', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await api.invoke('__proto__', {})).toMatchObject({ ok: false });
    expect(ipcRendererInvoke).not.toHaveBeenCalled();
    expect(() => api.on('not-an-event', () => {})).toThrow();
  });

  it('passes only the payload of a push event to the renderer, never the IPC event object', async () => {
    await import('./preload');
    const api = exposed.api as { on(e: string, l: (p: unknown) => void): () => void };
    const listener = vi.fn();
    api.on('sync:finished', listener);
    const [channel, wrapped] = ipcRendererOn.mock.calls.at(-1) as [
      string,
      (e: unknown, p: unknown) => void,
    ];
    expect(channel).toBe('event:sync:finished');
    wrapped({ sender: 'ipcRenderer-internals' }, { accountId: 'a' });
    expect(listener).toHaveBeenCalledWith({ accountId: 'a' });
  });
});

describe('secret storage on safeStorage', () => {
  // Electron 45 deprecates the synchronous calls: here they throw, so any use of them fails.
  const deprecated = () => {
    throw new Error('deprecated synchronous safeStorage call');
  };
  type Backend = ReturnType<AsyncSafeStorage['getSelectedStorageBackend']>;
  const fakeSafeStorage = (
    available: boolean,
    backend: Backend = 'gnome_libsecret',
    rotated = false,
  ) => ({
    isEncryptionAvailable: deprecated,
    encryptString: deprecated,
    decryptString: deprecated,
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: (s: string) =>
      Promise.resolve(Buffer.from(`enc(${Buffer.from(s).toString('hex')})`)),
    decryptStringAsync: (b: Buffer) =>
      Promise.resolve({
        result: Buffer.from(/^enc\((.*)\)$/.exec(b.toString())![1]!, 'hex').toString(),
        shouldReEncrypt: rotated,
      }),
  });

  it('writes only ciphertext, with the asynchronous API, and reads it back after a restart', async () => {
    const { openSafeSecretStore } = await import('./platform/electron-stores');
    const store = await openSafeSecretStore(fakeSafeStorage(true), 'linux');
    expect(store.kind).toBe('os-keyring');
    store.set('acc-1', 'hunter2-password');
    store.set('acc-3', 'other-password');
    expect(store.get('acc-1')).toBe('hunter2-password');
    await store.flushed();
    const written = JSON.stringify([...storeData.get('secrets')!.entries()]);
    expect(written).not.toContain('hunter2');
    expect(written).toContain('acc-1');

    const reopened = await openSafeSecretStore(fakeSafeStorage(true), 'linux');
    expect(reopened.get('acc-1')).toBe('hunter2-password');
    reopened.delete('acc-1');
    expect(reopened.get('acc-1')).toBeUndefined();
    await reopened.flushed();
    expect(storeData.get('secrets')!.has('acc-1')).toBe(false);
    reopened.delete('acc-3');
    await reopened.flushed();
  });

  it('stores a secret again when safeStorage says its key has changed', async () => {
    const { openSafeSecretStore } = await import('./platform/electron-stores');
    const first = await openSafeSecretStore(fakeSafeStorage(true), 'linux');
    first.set('acc-4', 'pw');
    await first.flushed();
    const safeStorage = fakeSafeStorage(true, 'gnome_libsecret', true);
    const encrypt = vi.spyOn(safeStorage, 'encryptStringAsync');
    const rotated = await openSafeSecretStore(safeStorage, 'linux');
    await rotated.flushed();
    expect(rotated.get('acc-4')).toBe('pw');
    expect(encrypt.mock.calls).toEqual([['pw']]);
    rotated.delete('acc-4');
    await rotated.flushed();
  });

  it('reports the basic_text backend as weak and refuses to store without encryption', async () => {
    const { openSafeSecretStore } = await import('./platform/electron-stores');
    expect((await openSafeSecretStore(fakeSafeStorage(true, 'basic_text'), 'linux')).kind).toBe(
      'basic-text',
    );
    const none = await openSafeSecretStore(fakeSafeStorage(false), 'linux');
    expect(none.kind).toBe('unavailable');
    expect(() => none.set('acc-2', 'pw')).toThrow(/no-secure-storage/);
    await none.flushed();
    expect(storeData.get('secrets')?.has('acc-2')).toBe(false);
  });

  it('resets a corrupt settings file to defaults with a notice', async () => {
    storeData.set('settings', new Map([['settings', { pollIntervalSeconds: 'often' }]]));
    const { createElectronSettingsStore } = await import('./platform/electron-stores');
    const settings = createElectronSettingsStore();
    expect(settings.read().pollIntervalSeconds).toBe(60);
    expect(settings.notices().map((n) => n.code)).toEqual(['settings-reset']);
  });
});
