import { parseInstant } from './time';

/**
 * Reading request parameters. Form bodies deliver only strings while JSON bodies deliver typed
 * values, and the spec's curl examples use forms, so every reader accepts both.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

export function readString(
  params: Record<string, unknown>,
  name: string,
): Parsed<string | undefined> {
  const v = params[name];
  if (v === undefined || v === null) return ok(undefined);
  if (typeof v === 'string') return ok(v);
  if (typeof v === 'number') return ok(String(v));
  return fail(`${name} must be a string`);
}

export function readInstant(
  params: Record<string, unknown>,
  name: string,
): Parsed<Date | undefined> {
  const v = params[name];
  if (v === undefined || v === null) return ok(undefined);
  const date = typeof v === 'string' ? parseInstant(v) : undefined;
  return date ? ok(date) : fail(`${name} is not a valid iso8601 time`);
}

export function readBoolean(
  params: Record<string, unknown>,
  name: string,
): Parsed<boolean | undefined> {
  const v = params[name];
  if (v === undefined || v === null) return ok(undefined);
  if (typeof v === 'boolean') return ok(v);
  const text = String(v).trim().toLowerCase();
  if (text === 'true' || text === '1') return ok(true);
  if (text === 'false' || text === '0') return ok(false);
  return fail(`${name} must be true or false`);
}

/** Query flags such as `show_deleted`: true/1/yes count as set, anything else as not set. */
export function queryFlag(query: URLSearchParams, name: string): boolean {
  const v = query.get(name)?.trim().toLowerCase();
  return v === 'true' || v === '1' || v === 'yes';
}

/** `updated` in the query: undefined when absent or empty, a Date, or an error when unreadable. */
export function readUpdated(query: URLSearchParams): Parsed<Date | undefined> {
  const raw = query.get('updated');
  if (raw === null || raw.trim() === '') return ok(undefined);
  const date = parseInstant(raw);
  return date ? ok(date) : fail('updated is not a valid iso8601 time');
}
