import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronStartArgs } from './electron-binary';

describe('npm start', () => {
  it('runs Electron on the app folder, so its package.json names the app and its data folder', () => {
    const [appDir, ...rest] = electronStartArgs(['--inspect-brk']);
    expect(statSync(appDir!).isDirectory()).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(appDir!, 'package.json'), 'utf8')) as {
      productName: string;
      main: string;
    };
    expect(manifest.productName).toBe('Frontdesk');
    expect(manifest.main).toBe('dist-electron/main.mjs');
    expect(rest).toEqual(['--inspect-brk']);
  });
});
