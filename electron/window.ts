import type { BrowserWindow as BrowserWindowType, WebPreferences } from 'electron';
import path from 'node:path';
import { APP_ORIGIN } from './security';
import type { WindowState } from './window-state';

/** Kept as a constant so a unit test can assert every item. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: process.env.FRONTDESK_DEVTOOLS === '1',
  };
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  distElectronDir: string,
  state?: WindowState,
): BrowserWindowType {
  const win = new BrowserWindow({
    width: state?.width ?? 1400,
    height: state?.height ?? 900,
    ...(state ? { x: state.x, y: state.y } : {}),
    minWidth: 900,
    minHeight: 600,
    title: 'Frontdesk',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(path.join(distElectronDir, 'preload.cjs')),
  });
  win.once('ready-to-show', () => {
    if (state?.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
