/**
 * The app's identity on Windows: the installer's shortcut carries electron-builder's `appId`, and
 * Windows shows a toast only when the running app's AppUserModelId matches it (a test checks that
 * this equals `appId` in electron-builder.yml).
 */
export const APP_USER_MODEL_ID = 'health.frontdesk.app';

/** Launch at login exists on macOS and Windows; on Linux `setLoginItemSettings` does nothing. */
export function supportsLaunchAtLogin(platform: string): boolean {
  return platform === 'darwin' || platform === 'win32';
}
