import type { z } from 'zod';
import { AppError, type ErrorCode, type ErrorDetails } from '../../shared/errors';
import type { Logger } from '../log';
import { systemClock, type Clock } from './clock';
import { parseJsonLenient } from './json';
import { issueSummary } from './wire';
import { codeForStatus } from './messages';
import { RateBudget } from './rate-budget';
import { backoffDelayMs, DEFAULT_RETRY, parseRetryAfterMs, type RetryPolicy } from './retry';

/**
 * The one way the main process talks to a vendor. Reads and writes marked idempotent are
 * retried through transient failures; other writes never are (except a 429 the vendor refused
 * outright), because a retried create that had in fact gone through books a patient twice. Every failure leaves as an AppError whose message a
 * receptionist can act on and whose details hold no patient data and no secrets.
 */

export type { Clock } from './clock';
export { systemClock } from './clock';
export { parseJsonLenient, stripTrailingCommas } from './json';
export { RateBudget, type RateBudgetSnapshot, type PollPacing } from './rate-budget';
export { DEFAULT_RETRY, type RetryPolicy } from './retry';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;
export type FormValue = string | number | boolean | null | undefined;

export type RequestBody = { json: unknown } | { form: Record<string, FormValue> };

export interface HttpRequest<S extends z.ZodType> {
  method: HttpMethod;
  /**
   * Path template under the base URL with `:name` placeholders, e.g. `/calendars/:calendarId`.
   * The template, not the filled-in path, is what gets logged and put into error details.
   */
  path: string;
  params?: Record<string, string>;
  /** Query values are sent but never logged: some (a search keyword) are patient data. */
  query?: Record<string, QueryValue>;
  body?: RequestBody;
  schema: S;
  timeoutMs?: number;
  /**
   * Safe to send twice: it sets a fixed value or deletes one id, and tells nobody (a repeated
   * Doctena status change would text the patient twice). Such writes are repeated through
   * transient failures here, like reads, honouring Retry-After; nowhere else repeats them.
   */
  idempotent?: boolean;
}

/** What a vendor's error body says, in our terms. Anything left out falls back to the status. */
export interface VendorError {
  vendorCode?: string;
  code?: ErrorCode;
  /** Safe extras only, e.g. `missingScopes`, or a `reason` the renderer has a sentence for. */
  details?: ErrorDetails;
}

export interface HttpClientOptions {
  /** The vendor's name, `Doctena`; its lower case goes into every error's `details.vendor`. */
  vendor: string;
  baseUrl: string;
  /** `net.fetch` in Electron, Node's fetch in tests and the web bridge. */
  fetch: typeof fetch;
  /** Auth headers, asked for on every attempt so a changed secret takes effect at once. */
  headers: () => Record<string, string>;
  logger: Logger;
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Jitter source, 0 ≤ x < 1. */
  random?: () => number;
  budget?: RateBudget;
  describeError?: (status: number, body: unknown) => VendorError | undefined;
}

export interface HttpClient {
  request<S extends z.ZodType>(req: HttpRequest<S>): Promise<z.output<S>>;
  readonly budget: RateBudget;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

type Attempt =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  | { kind: 'timeout' }
  | { kind: 'network'; neverSent: boolean };

class TimedOut extends Error {}

// Failures that happen before a single byte reaches the vendor (Node's undici puts the code on
// `cause`, Electron's net.fetch in the message). Only these let us say a write was not applied.
// A proxy that cannot be reached or refuses the tunnel, and a TLS handshake that fails on the
// certificate, all stop before the request is sent.
const NOT_SENT = new RegExp(
  [
    'ECONNREFUSED|ENOTFOUND|EAI_AGAIN',
    'ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED',
    'ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED|ERR_CERT_[A-Z_]+',
    'CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID',
  ].join('|'),
);

function neverSent(err: unknown): boolean {
  const texts: string[] = [];
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; depth++) {
    texts.push(e.message, String((e as { code?: unknown }).code ?? ''));
    e = e.cause;
  }
  return NOT_SENT.test(texts.join(' '));
}

export function fillPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') {
      // A bug in our code, not a vendor failure.
      throw new AppError('internal', { path: template, missingParam: name });
    }
    return encodeURIComponent(value);
  });
}

function buildUrl(baseUrl: string, req: HttpRequest<z.ZodType>): string {
  const url = baseUrl.replace(/\/+$/, '') + fillPath(req.path, req.params);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(req.query ?? {})) {
    if (value !== undefined && value !== null) query.append(key, String(value));
  }
  const qs = query.toString();
  return qs ? `${url}?${qs}` : url;
}

function encodeBody(body: RequestBody | undefined): { text?: string; contentType?: string } {
  if (body === undefined) return {};
  if ('json' in body) return { text: JSON.stringify(body.json), contentType: 'application/json' };
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body.form)) {
    if (value !== undefined && value !== null) form.append(key, String(value));
  }
  return { text: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const budget = options.budget ?? new RateBudget(() => clock.now());
  const vendor = options.vendor;
  const vendorKey = vendor.toLowerCase();
  // Without a Retry-After, the budget's reset time is the best guess; a minute otherwise.
  const untilReset = () => {
    const resetAt = budget.snapshot().resetAt;
    return resetAt === null ? 60_000 : Math.max(1_000, resetAt - clock.now());
  };

  async function attemptOnce(url: string, init: RequestInit, timeoutMs: number): Promise<Attempt> {
    const controller = new AbortController();
    let cancelTimer: () => void = () => undefined;
    const timeout = new Promise<never>((_, reject) => {
      cancelTimer = clock.setTimer(() => {
        controller.abort();
        reject(new TimedOut());
      }, timeoutMs);
    });
    const work = (async () => {
      const res = await options.fetch(url, { ...init, signal: controller.signal });
      // The timeout covers the body too: a vendor that sends headers and then stalls is hung.
      const text = await res.text();
      return { status: res.status, headers: res.headers, text };
    })();
    // If the timeout wins, the aborted fetch rejects later with nobody listening.
    work.catch(() => undefined);
    try {
      const res = await Promise.race([work, timeout]);
      return { kind: 'response', ...res };
    } catch (err) {
      return err instanceof TimedOut
        ? { kind: 'timeout' }
        : { kind: 'network', neverSent: neverSent(err) };
    } finally {
      cancelTimer();
    }
  }

  function fail(
    code: ErrorCode,
    write: boolean,
    base: Record<string, unknown>,
    extra: { outcomeUnknown?: boolean; retryAfterMs?: number } = {},
  ): AppError {
    const details: ErrorDetails = { vendor: vendorKey, ...base };
    if (write) details.outcome = extra.outcomeUnknown ? 'unknown' : 'not-applied';
    if (extra.retryAfterMs !== undefined) details.retryAfterMs = extra.retryAfterMs;
    options.logger.warn('vendor request failed', {
      vendor: vendorKey,
      method: String(base.method),
      path: String(base.path),
      code,
      status: typeof base.status === 'number' ? base.status : undefined,
      vendorCode: typeof base.vendorCode === 'string' ? base.vendorCode : undefined,
    });
    return new AppError(code, details);
  }

  async function request<S extends z.ZodType>(req: HttpRequest<S>): Promise<z.output<S>> {
    const write = req.method !== 'GET';
    const repeatable = !write || req.idempotent === true;
    const url = buildUrl(options.baseUrl, req);
    const body = encodeBody(req.body);
    const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const base = { method: req.method, path: req.path };
    let writeRetried = false;

    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = { Accept: 'application/json', ...options.headers() };
      if (body.contentType) headers['Content-Type'] = body.contentType;
      const started = clock.now();
      const result = await attemptOnce(
        url,
        { method: req.method, headers, ...(body.text === undefined ? {} : { body: body.text }) },
        timeoutMs,
      );
      const durationMs = clock.now() - started;
      const retriesLeft = repeatable && attempt <= policy.retries;
      const log = (outcome: string, fields: Record<string, number | string | undefined> = {}) =>
        options.logger.debug('vendor request', {
          vendor: vendorKey,
          method: req.method,
          path: req.path,
          attempt,
          durationMs,
          outcome,
          ...fields,
        });

      if (result.kind !== 'response') {
        log(result.kind);
        if (retriesLeft) {
          await clock.sleep(backoffDelayMs(attempt, policy, random));
          continue;
        }
        const outcomeUnknown = write && !(result.kind === 'network' && result.neverSent);
        throw fail(result.kind, write, { ...base, attempts: attempt }, { outcomeUnknown });
      }

      const { status } = result;
      budget.observe(result.headers);
      const parsed = result.text.trim() === '' ? undefined : parseJsonLenient(result.text);

      if (status >= 200 && status < 300) {
        if (parsed !== undefined && !parsed.ok) {
          log('bad-json', { status });
          if (retriesLeft) {
            await clock.sleep(backoffDelayMs(attempt, policy, random));
            continue;
          }
          const details = { ...base, status, attempts: attempt };
          throw fail('invalid-response', write, details, { outcomeUnknown: write });
        }
        const checked = req.schema.safeParse(parsed?.ok ? parsed.value : undefined);
        if (!checked.success) {
          log('schema-mismatch', { status });
          // Paths and codes only: issue messages may quote the offending (patient) values.
          const issues = issueSummary(checked.error);
          const details = { ...base, status, issues, attempts: attempt };
          throw fail('invalid-response', write, details, { outcomeUnknown: write });
        }
        log('ok', { status });
        return checked.data as z.output<S>;
      }

      const described = options.describeError?.(status, parsed?.ok ? parsed.value : undefined);
      const code = described?.code ?? codeForStatus(status);
      const retryAfterMs =
        status === 429 || status === 503
          ? parseRetryAfterMs(result.headers.get('Retry-After'), clock.now())
          : undefined;
      if (status === 429) budget.exhausted(retryAfterMs);

      // A vendor that says it is switched off will not come back within a retry's wait.
      const transient = RETRYABLE_STATUS.has(status) && code !== 'unavailable';
      let delayMs: number | undefined;
      if (transient && retriesLeft) {
        delayMs = retryAfterMs ?? backoffDelayMs(attempt, policy, random);
      } else if (write && !repeatable && status === 429 && !writeRetried) {
        // 429 means the vendor refused before doing anything, so one retry cannot double-book.
        delayMs = retryAfterMs ?? backoffDelayMs(attempt, policy, random);
        writeRetried = true;
      }
      const waitable = retryAfterMs === undefined || retryAfterMs <= policy.maxRetryAfterMs;
      if (delayMs !== undefined && waitable) {
        log('http-error', { status, vendorCode: described?.vendorCode, retryInMs: delayMs });
        await clock.sleep(delayMs);
        continue;
      }
      log('http-error', { status, vendorCode: described?.vendorCode });

      const details: ErrorDetails = {
        ...base,
        status,
        attempts: attempt,
        ...(described?.vendorCode === undefined ? {} : { vendorCode: described.vendorCode }),
        ...described?.details,
      };
      // A 5xx on a write may come after the vendor already stored it.
      const outcomeUnknown = write && status >= 500 && code !== 'unavailable';
      throw fail(code, write, details, {
        outcomeUnknown,
        ...(code === 'rate-limited' ? { retryAfterMs: retryAfterMs ?? untilReset() } : {}),
      });
    }
  }

  return { request, budget };
}
