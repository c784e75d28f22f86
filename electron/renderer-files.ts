import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type RendererFile =
  | { status: 200; body: Buffer; type: string }
  | { status: 403 | 404; body?: undefined; type?: undefined };

/**
 * Reads a file of the built renderer for a URL path, refusing anything outside its folder. Both
 * the app:// protocol (Electron) and the web bridge serve through this.
 */
export async function readRendererFile(
  rendererDir: string,
  urlPath: string,
): Promise<RendererFile> {
  const root = path.resolve(rendererDir);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return { status: 404 };
  }
  const file = path.resolve(root, '.' + relative);
  if (!file.startsWith(root + path.sep)) return { status: 403 };
  try {
    return {
      status: 200,
      body: await fs.readFile(file),
      type: TYPES[path.extname(file)] ?? 'application/octet-stream',
    };
  } catch {
    return { status: 404 };
  }
}
