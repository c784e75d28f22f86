import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where the Electron binary is, or undefined when it is not installed. Unlike `require('electron')`
 * this never tries to download it (which hangs on machines without Electron's download host).
 */
export function electronBinary(): string | undefined {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, relative ?? 'electron')
    : relative && path.join(packageDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : undefined;
}

/**
 * What `npm start` gives Electron: the app's folder, not the bundle. Electron then reads that
 * folder's package.json for `main` and for `productName`, which names the user-data folder
 * (~/.config/Frontdesk, not ~/.config/Electron where a bare script would put settings).
 */
export function electronStartArgs(extra: readonly string[]): string[] {
  return [path.resolve(import.meta.dirname, '..'), ...extra];
}
