import type { BrowserWindow as BrowserWindowType, Session } from 'electron';
import path from 'node:path';
import { APP_ORIGIN } from './security';
import type { WindowState } from './window-state';

/**
 * The preload (which builds window.api) runs only in documents of the app's own origin: were a
 * frame of any other origin ever loaded, it would get no bridge at all.
 */
export function registerAppPreload(session: Session, distElectronDir: string): void {
  session.registerPreloadScript({
    id: 'frontdesk-api',
    type: 'frame',
    filePath: path.join(distElectronDir, 'preload.cjs'),
    matches: [`${APP_ORIGIN}/*`],
  });
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  state?: WindowState,
  icon?: string,
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
    ...(icon ? { icon } : {}),
    // Written out here, not built elsewhere, so the security scanner (and a reviewer) sees them.
    webPreferences: {
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
      // Middle-click would otherwise open links in new windows, past the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: process.env.FRONTDESK_DEVTOOLS === '1',
    },
  });
  win.once('ready-to-show', () => {
    if (state?.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
