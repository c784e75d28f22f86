import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector, type FaultKind, type FaultRule } from './faults';

/** A request as the simulators' route handlers see it. */
export interface SimRequest {
  method: string;
  pathname: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON or form body; `undefined` when there was none; `null` when it could not be read. */
  body: Record<string, unknown> | unknown[] | undefined | null;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      '^' +
        path.replace(/[.+?^$|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, key: string) => {
          keys.push(key);
          return '([^/]+)';
        }) +
        '/?$',
    );
    this.routes.push({ method: method.toUpperCase(), pattern, keys, handler });
    return this;
  }

  match(
    method: string,
    pathname: string,
  ): { handler: Handler; params: Record<string, string> } | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method.toUpperCase()) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { handler: route.handler, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

export interface SimServerOptions {
  name: string;
  router: Router;
  /** Path prefix the vendor API lives under, e.g. `/api/v2`. */
  basePath: string;
  faults?: FaultInjector;
  /** How a simulated 429/500/503 looks for this vendor. */
  renderFault: (status: 429 | 500 | 503, retryAfterSeconds: number) => SimResponse;
  /** Extra headers for every response (Docfav's rate-limit headers). */
  decorate?: (req: SimRequest, res: SimResponse) => SimResponse;
  /** Resets the data to the seed, for the `/__sim/reset` control route. */
  reset?: () => void;
  host?: string;
  port?: number;
}

/**
 * One request as the simulator handled it, for drivers that watch the traffic (the chaos suite
 * counts writes and kills a client between the platform's write and its answer).
 */
export interface SimExchange {
  method: string;
  /** Below the vendor base path, e.g. `/calendars/abc/blockings`. */
  pathname: string;
  headers: http.IncomingHttpHeaders;
  body: SimRequest['body'];
  /** The fault served (for `delay`: before the normal answer); null when none. */
  fault: FaultKind | null;
  /** The status about to be sent; null when no answer is sent (hang, drop). */
  status: number | null;
}

/** Awaited before the answer is sent, so the write has happened but the client has not heard. */
export type SimObserver = (exchange: SimExchange) => void | Promise<void>;

export interface SimServer {
  url: string;
  /** The vendor API's base URL, e.g. http://127.0.0.1:1234/api/v2 */
  baseUrl: string;
  faults: FaultInjector;
  close(): Promise<void>;
  requestCount(): number;
  /** Watches every vendor request (not the control routes); returns the way to stop watching. */
  observe(observer: SimObserver): () => void;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Accepts JSON and form-encoded bodies alike, as the Doctena spec's curl examples send forms. */
export function parseBody(raw: string, contentType: string | undefined): SimRequest['body'] {
  if (raw.trim() === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    if (!contentType || contentType.includes('text/plain')) {
      const form = Object.fromEntries(new URLSearchParams(raw));
      if (Object.keys(form).length > 0) return form;
    }
    return null;
  }
}

export async function startSimServer(options: SimServerOptions): Promise<SimServer> {
  const faults = options.faults ?? new FaultInjector();
  const hanging = new Set<http.ServerResponse>();
  const observers = new Set<SimObserver>();
  let requests = 0;
  const observed = async (req: SimRequest, fault: FaultKind | null, status: number | null) => {
    for (const observer of observers) {
      try {
        const { method, pathname, headers, body } = req;
        await observer({ method, pathname, headers, body, fault, status });
      } catch (err) {
        console.error(`[${options.name}] observer failed`, err);
      }
    }
  };

  const send = (res: http.ServerResponse, out: SimResponse) => {
    const payload = out.body === undefined ? '' : JSON.stringify(out.body);
    res.writeHead(out.status, {
      'Content-Type': 'application/json; charset=utf-8',
      ...out.headers,
    });
    res.end(payload);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const method = (req.method ?? 'GET').toUpperCase();

      if (url.pathname.startsWith('/__sim/')) {
        send(res, control(url.pathname, method, raw));
        return;
      }
      requests += 1;
      if (!url.pathname.startsWith(options.basePath)) {
        send(res, { status: 404, body: { error: 'Not found' } });
        return;
      }
      const pathname = url.pathname.slice(options.basePath.length) || '/';
      const simReq: SimRequest = {
        method,
        pathname,
        params: {},
        query: url.searchParams,
        headers: req.headers,
        body: parseBody(raw, req.headers['content-type']),
      };

      const fault = faults.take(method, pathname);
      if (fault?.kind === 'delay') {
        // A slow platform: the request is handled normally, just late.
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 2000));
      } else if (fault) {
        switch (fault.kind) {
          case 'hang':
            // Never answer; the client's timeout must fire. Closed when the server closes.
            hanging.add(res);
            await observed(simReq, fault.kind, null);
            return;
          case 'drop':
            await observed(simReq, fault.kind, null);
            req.socket.destroy();
            return;
          case 'malformed-json':
            await observed(simReq, fault.kind, 200);
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end('{"data": [ {"id": "trunc');
            return;
          default: {
            const status = Number(fault.kind) as 429 | 500 | 503;
            const out = options.renderFault(status, fault.retryAfterSeconds ?? 1);
            await observed(simReq, fault.kind, out.status);
            send(res, options.decorate ? options.decorate(simReq, out) : out);
            return;
          }
        }
      }

      const match = options.router.match(method, pathname);
      let out: SimResponse;
      if (match === undefined) out = { status: 404, body: { error: 'Not found' } };
      else if (match === 'method-not-allowed')
        out = { status: 405, body: { error: 'Method not allowed' } };
      else {
        simReq.params = match.params;
        try {
          out = await match.handler(simReq);
        } catch (err) {
          console.error(`[${options.name}] handler failed`, err);
          out = options.renderFault(500, 0);
        }
      }
      if (observers.size > 0) await observed(simReq, fault?.kind ?? null, out.status);
      send(res, options.decorate ? options.decorate(simReq, out) : out);
    })();
  });

  const control = (pathname: string, method: string, raw: string): SimResponse => {
    if (pathname === '/__sim/faults' && method === 'GET')
      return { status: 200, body: faults.list() };
    if (pathname === '/__sim/faults' && method === 'DELETE') {
      faults.clear();
      return { status: 200, body: {} };
    }
    if (pathname === '/__sim/faults' && method === 'POST') {
      try {
        const rules = JSON.parse(raw) as FaultRule | FaultRule[];
        for (const rule of Array.isArray(rules) ? rules : [rules]) faults.add(rule);
        return { status: 200, body: faults.list() };
      } catch (err) {
        return { status: 400, body: { error: (err as Error).message } };
      }
    }
    if (pathname === '/__sim/reset' && method === 'POST') {
      faults.clear();
      options.reset?.();
      return { status: 200, body: {} };
    }
    if (pathname === '/__sim/stats' && method === 'GET') {
      return { status: 200, body: { requests, faults: faults.served } };
    }
    return { status: 404, body: { error: 'unknown control route' } };
  };

  for (const rule of FaultInjector.parse(process.env.FRONTDESK_SIM_FAULTS)) faults.add(rule);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseUrl: `${url}${options.basePath}`,
    faults,
    requestCount: () => requests,
    observe: (observer) => {
      observers.add(observer);
      return () => observers.delete(observer);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
