import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Dispatch } from '../core/dispatch';
import type { Logger } from '../log';
import { readRendererFile } from '../renderer-files';
import { CONTENT_SECURITY_POLICY } from '../security';

/**
 * The loopback web bridge: a development and test harness that serves the built renderer and the
 * same dispatcher the Electron app uses, over HTTP on 127.0.0.1, guarded by a per-run token.
 * It is not a way to ship the app.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const MAX_BODY = 1024 * 1024;

export interface WebBridgeOptions {
  dispatch: Dispatch;
  rendererDir: string;
  logger: Logger;
  port?: number;
  token?: string;
}

export interface WebBridge {
  /** Open this in a browser: the token travels in the fragment, which is never sent over HTTP. */
  url: string;
  origin: string;
  token: string;
  push: (event: EventName, payload: unknown) => void;
  close(): Promise<void>;
}

let shimCache: string | undefined;
async function buildShim(): Promise<string> {
  if (shimCache) return shimCache;
  const result = await build({
    entryPoints: [path.join(here, 'shim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  });
  shimCache = result.outputFiles[0]?.text ?? '';
  return shimCache;
}

function sameToken(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  const shim = await buildShim();
  const indexHtml = (await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8')).replace(
    '<head>',
    // The shim must define window.api before the renderer's module script runs.
    '<head>\n    <script src="/__bridge/shim.js"></script>',
  );
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, headers('application/json; charset=utf-8'));
    res.end(JSON.stringify(body));
  };

  const refuse = (res: http.ServerResponse, status: number, code: 'forbidden-sender') =>
    json(res, status, {
      ok: false,
      error: new AppError(code).toPayload(),
    });

  const server = http.createServer((req, res) => {
    void (async () => {
      // Only our own loopback origin: defeats DNS rebinding and cross-site requests.
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        res.writeHead(421).end();
        return;
      }
      const url = new URL(req.url ?? '/', `http://${host}`);

      if (url.pathname.startsWith('/__bridge/')) {
        if (url.pathname === '/__bridge/shim.js' && req.method === 'GET') {
          res.writeHead(200, headers('text/javascript; charset=utf-8'));
          res.end(shim);
          return;
        }
        const origin = req.headers.origin;
        if (origin !== undefined && origin !== `http://${host}`)
          return refuse(res, 403, 'forbidden-sender');
        const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        if (!sameToken(given, token)) return refuse(res, 401, 'forbidden-sender');

        if (url.pathname === '/__bridge/events' && req.method === 'GET') {
          res.writeHead(200, { ...headers('text/event-stream'), Connection: 'keep-alive' });
          res.write(': connected\n\n');
          streams.add(res);
          req.on('close', () => streams.delete(res));
          return;
        }
        const encoded = /^\/__bridge\/ipc\/([^/]+)$/.exec(url.pathname)?.[1];
        if (encoded && req.method === 'POST') {
          const channel = decodeChannel(encoded);
          // No channel's name has a broken percent-encoding: it is an unknown channel.
          if (channel === undefined) {
            options.logger.warn('ipc: unknown channel refused', { transport: 'web' });
            return json(res, 404, {
              ok: false,
              error: new AppError('unknown-channel').toPayload(),
            });
          }
          let input: unknown;
          try {
            input = JSON.parse(await readBody(req));
          } catch {
            return json(res, 200, {
              ok: false,
              error: new AppError('invalid-input').toPayload(),
            });
          }
          const result = await options.dispatch(channel, input, {
            transport: 'web',
          });
          return json(res, 200, result);
        }
        res.writeHead(404).end();
        return;
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      if (url.pathname === '/' || url.pathname === '/index.html') {
        res.writeHead(200, headers('text/html; charset=utf-8'));
        res.end(indexHtml);
        return;
      }
      const file = await readRendererFile(rendererDir, url.pathname);
      if (file.status !== 200) {
        res.writeHead(file.status).end();
        return;
      }
      res.writeHead(200, headers(file.type));
      res.end(file.body);
    })().catch(() => {
      options.logger.error('web bridge: request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    push(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function decodeChannel(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
