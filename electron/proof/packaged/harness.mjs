// Runs the packaged app's `main` under plain Node, in a child process of the smoke test, against a
// stand-in `electron` module that keeps Electron's documented rules:
// - the ESM entry is evaluated before `ready`;
// - session, protocol.handle, screen and net work only after `ready`, and
//   protocol.registerSchemesAsPrivileged only before it;
// - safeStorage's deprecated synchronous calls are refused;
// - a sandboxed preload may `require` only `electron` and a few core modules.
// Usage: node harness.mjs <extracted app dir> <user-data dir> <platform> <lock: 1|0> <report file>
// It writes a JSON report of what the app did, then exits (which also stops the demo servers).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { EventEmitter } from 'node:events';

const [appDir, userData, platform, lock, reportFile] = process.argv.slice(2);
const BOUND_MS = 15_000;
const log = [];
const report = { log, errors: [] };
process.on('unhandledRejection', (reason) => report.errors.push(String(reason)));

Object.defineProperty(process, 'platform', { value: platform });

let ready = false;
let fireReady = () => {};
const whenReady = new Promise((resolve) => {
  fireReady = () => {
    ready = true;
    resolve();
  };
});
const afterReady = (name) => {
  if (!ready) throw new Error(`${name} used before the app is ready`);
};

const app = new EventEmitter();
Object.assign(app, {
  setAppUserModelId: (id) => {
    log.push('setAppUserModelId');
    report.appUserModelId = id;
  },
  requestSingleInstanceLock: () => {
    log.push('requestSingleInstanceLock');
    return lock === '1';
  },
  quit: () => log.push('quit'),
  whenReady: () => whenReady,
  isReady: () => ready,
  getVersion: () => JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')).version,
  getPreferredSystemLanguages: () => ['de-DE', 'en-US'],
  getName: () => 'Frontdesk',
  getPath: (name) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return userData;
  },
  isPackaged: true,
  setLoginItemSettings: (settings) => log.push(`setLoginItemSettings ${settings.openAtLogin}`),
  showAboutPanel: () => {},
});

const ipcHandlers = new Map();
const ipcMain = {
  handle: (channel, handler) => ipcHandlers.set(channel, handler),
  on: () => {},
};

const windows = [];
class WebContents extends EventEmitter {
  constructor() {
    super();
    this.mainFrame = { url: '', parent: null };
    this.sent = [];
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return false;
  }
  send(channel) {
    this.sent.push(channel);
  }
}
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    afterReady('BrowserWindow');
    log.push('new BrowserWindow');
    this.options = options;
    this.webContents = new WebContents();
    // Electron announces every web contents before it loads anything.
    app.emit('web-contents-created', {}, this.webContents);
    windows.push(this);
  }
  static getAllWindows() {
    return windows;
  }
  loadURL(url) {
    this.webContents.mainFrame.url = url;
    report.loadedUrl = url;
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
}

const vendorFetches = [];
const partitions = [];
const vendorSession = {
  fetch: (input, init) => {
    vendorFetches.push({ credentials: init?.credentials, cache: init?.cache });
    // The real request goes to the demo simulators on this machine.
    return fetch(input, { ...init, cache: undefined });
  },
};
const defaultFetches = [];
const preloads = [];
let headersHook;
let permissionHandler;
const defaultSession = {
  setPermissionRequestHandler: (handler) => (permissionHandler = handler),
  setPermissionCheckHandler: () => {},
  webRequest: { onHeadersReceived: (hook) => (headersHook = hook) },
  registerPreloadScript: (script) => preloads.push(script),
  fetch: (...args) => {
    defaultFetches.push(String(args[0]));
    return Promise.reject(new Error('the default session must not fetch'));
  },
};
const session = {
  get defaultSession() {
    afterReady('session.defaultSession');
    return defaultSession;
  },
  fromPartition: (partition, options) => {
    afterReady('session.fromPartition');
    partitions.push({ partition, options });
    return vendorSession;
  },
};

const schemeHandlers = new Map();
const protocol = {
  registerSchemesAsPrivileged: (schemes) => {
    if (ready) throw new Error('registerSchemesAsPrivileged after ready');
    report.privilegedSchemes = schemes.map((s) => s.scheme);
  },
  handle: (scheme, handler) => {
    afterReady('protocol.handle');
    schemeHandlers.set(scheme, handler);
  },
};

const netFetches = [];
const net = {
  fetch: (input) => {
    afterReady('net.fetch');
    netFetches.push(String(input));
    return Promise.reject(new Error('net.fetch must not be used for vendors'));
  },
};

const refused = (name) => () => {
  throw new Error(`deprecated safeStorage.${name}`);
};
const safeStorage = {
  isEncryptionAvailable: refused('isEncryptionAvailable'),
  encryptString: refused('encryptString'),
  decryptString: refused('decryptString'),
  isAsyncEncryptionAvailable: () => Promise.resolve(ready),
  getSelectedStorageBackend: () => (ready ? 'gnome_libsecret' : 'unknown'),
  encryptStringAsync: (text) => Promise.resolve(Buffer.from(text).reverse()),
  decryptStringAsync: (sealed) =>
    Promise.resolve({ result: Buffer.from(sealed).reverse().toString(), shouldReEncrypt: false }),
};

const opened = [];
const electron = {
  app,
  BrowserWindow,
  ipcMain,
  net,
  protocol,
  session,
  safeStorage,
  screen: {
    getAllDisplays: () => {
      afterReady('screen');
      return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
    },
  },
  dialog: { showMessageBox: () => Promise.resolve({ response: 0 }) },
  Menu: {
    setApplicationMenu: (menu) => {
      // The labels the packaged main worded from the bundled catalogues (the OS prefers German).
      report.menuLabels = menu.template
        .flatMap((item) => [
          item.label,
          ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.label) : []),
        ])
        .filter(Boolean);
    },
    buildFromTemplate: (template) => ({ template }),
  },
  Notification: class {
    static isSupported() {
      return true;
    }
    show() {}
  },
  shell: {
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    openPath: () => Promise.resolve(''),
  },
};
globalThis.__frontdeskElectronStub = electron;

const until = async (what, check) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > BOUND_MS) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** The preload as Chromium's sandbox runs it: no Node, `require` of `electron` and little else. */
function runPreload(file, webContents) {
  const exposed = {};
  const listeners = new Map();
  const sandboxedElectron = {
    contextBridge: { exposeInMainWorld: (key, value) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel, input) => {
        const handler = ipcHandlers.get(channel);
        if (!handler) throw new Error(`no handler for ${channel}`);
        return handler({ senderFrame: webContents.mainFrame, sender: webContents }, input);
      },
      on: (channel, listener) => listeners.set(channel, listener),
      removeListener: (channel) => listeners.delete(channel),
    },
  };
  const allowed = { electron: sandboxedElectron, events: EventEmitter, timers: { setTimeout } };
  const sandboxRequire = (name) => {
    if (!(name in allowed)) throw new Error(`a sandboxed preload cannot require ${name}`);
    return allowed[name];
  };
  const module = { exports: {} };
  const code = readFileSync(file, 'utf8');
  const wrapper = vm.runInNewContext(`(function (require, module, exports) {${code}\n})`, {
    console,
    Promise,
    Error,
    Object,
    Array,
    JSON,
    Symbol,
  });
  wrapper(sandboxRequire, module, module.exports);
  return exposed;
}

async function serve(url) {
  const handler = schemeHandlers.get(new URL(url).protocol.slice(0, -1));
  const response = await handler(new Request(url));
  const headers = Object.fromEntries(
    [...response.headers].map(([name, value]) => [name.toLowerCase(), [value]]),
  );
  // The session's own hook runs on every response, as Chromium does.
  let finalHeaders = headers;
  headersHook?.({ responseHeaders: headers }, (result) => (finalHeaders = result.responseHeaders));
  const csp = Object.entries(finalHeaders).find(
    ([name]) => name.toLowerCase() === 'content-security-policy',
  )?.[1]?.[0];
  return { status: response.status, csp, body: await response.text() };
}

try {
  await import(
    pathToFileURL(
      path.join(appDir, JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')).main),
    ).href
  );
  report.loadedBeforeReady = [...log];
  fireReady();
  if (lock === '1') {
    await until('the window', () => windows.length > 0);
    const win = windows[0];
    report.windowIcon = win.options.icon ?? null;

    // The page and every asset it references, through the app:// handler.
    const index = await serve(report.loadedUrl);
    const assets = [...index.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    report.served = [{ url: report.loadedUrl, status: index.status, csp: index.csp }];
    for (const asset of assets) {
      const url = new URL(asset, report.loadedUrl).href;
      const served = await serve(url);
      report.served.push({ url, status: served.status, csp: served.csp });
    }

    // The preload, sandboxed, and IPC from the main frame.
    report.preloads = preloads.map((p) => ({ ...p, filePath: path.relative(appDir, p.filePath) }));
    const exposed = runPreload(preloads[0].filePath, win.webContents);
    report.exposed = Object.keys(exposed);
    report.appInfo = await exposed.api.invoke('app:info', {});

    // A click on a tel: link: a main-frame navigation.
    const navigation = {
      url: 'tel:+4930555000',
      preventDefault: () => (navigation.prevented = true),
    };
    win.webContents.emit('will-navigate', navigation, navigation.url);
    report.telNavigation = { prevented: navigation.prevented === true, opened: [...opened] };
    const permission = await new Promise((resolve) =>
      permissionHandler(win.webContents, 'openExternal', resolve, {
        isMainFrame: true,
        requestingUrl: report.loadedUrl,
        externalURL: 'mailto:desk@practice.example',
      }),
    );
    report.mailtoPermission = permission;

    // The week on screen, as the renderer asks for it: the demo accounts fetch from their servers.
    const from = new Date();
    const to = new Date(from.getTime() + 7 * 24 * 3600 * 1000);
    const week = await exposed.api.invoke('calendar:range', {
      from: from.toISOString(),
      to: to.toISOString(),
    });
    report.calendarRangeOk = week.ok;
    await until('a vendor request', () => vendorFetches.length > 0);
  } else {
    // Give a second instance every chance to do more than hand over: it must not.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  report.windows = windows.length;
  report.partitions = partitions;
  report.vendorFetches = vendorFetches.slice(0, 5);
  report.vendorFetchCount = vendorFetches.length;
  report.netFetches = netFetches;
  report.defaultFetches = defaultFetches;
  report.log = log;
} catch (error) {
  report.errors.push(error instanceof Error ? `${error.message}\n${error.stack}` : String(error));
}
writeFileSync(reportFile, JSON.stringify(report, null, 2));
process.exit(0);
