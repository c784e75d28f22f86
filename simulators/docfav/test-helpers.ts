import { expect } from 'vitest';
import { DOCFAV_DEMO_API_KEY } from './seed';

/** Shared plumbing for the simulator's HTTP tests: real requests, typed envelopes. */

export interface ErrorItem {
  code: string;
  message: string;
  field?: string;
  missing_scopes?: string[];
  conflicts?: { index: number; type: string; id: string | null }[];
}

export interface Envelope<T> {
  data: T;
  errors: ErrorItem[];
  meta: { timestamp: string; api_version: string };
}

export interface CallResult<T> {
  status: number;
  headers: Headers;
  body: Envelope<T>;
}

export interface CallOptions {
  key?: string | null;
  method?: string;
  body?: unknown;
  rawBody?: string;
}

export function client(baseUrl: () => string) {
  return async function call<T = unknown>(
    path: string,
    options: CallOptions = {},
  ): Promise<CallResult<T>> {
    const key = options.key === undefined ? DOCFAV_DEMO_API_KEY : options.key;
    const headers: Record<string, string> = {};
    if (key !== null) headers['X-Api-Key'] = key;
    let payload: string | undefined;
    if (options.rawBody !== undefined || options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = options.rawBody ?? JSON.stringify(options.body);
    }
    const res = await fetch(baseUrl() + path, {
      method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
    const body = (await res.json()) as Envelope<T>;
    return { status: res.status, headers: res.headers, body };
  };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;

export function expectEnvelope<T>(body: Envelope<T>): void {
  expect(Object.keys(body).sort()).toEqual(['data', 'errors', 'meta']);
  expect(Array.isArray(body.errors)).toBe(true);
  expect(body.meta.api_version).toBe('v1');
  expect(body.meta.timestamp).toMatch(TIMESTAMP);
}

export function expectError<T>(
  res: CallResult<T>,
  status: number,
  code: string,
): ErrorItem & { message: string } {
  expect({ status: res.status, code: res.body.errors[0]?.code }).toEqual({ status, code });
  expectEnvelope(res.body);
  expect(res.body.data).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  const err = res.body.errors[0];
  if (!err) throw new Error('no error item');
  expect(typeof err.message).toBe('string');
  return err;
}

/** UTC instant with Z and whole seconds, as Docfav writes event times. */
export const UTC_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** Local wall time without an offset, as Docfav writes recurring events. */
export const LOCAL_NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
