import { parseLocalDate } from '../../shared/time';
import { validationError } from './envelope';
import type { LocalDate } from './tz';

/**
 * Query and body checks. Every failure is a 400 VALIDATION_ERROR whose message names the parameter,
 * because that is what a developer needs when the client sends something the API refuses.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A zone designator is required: a datetime without one is ambiguous, and Docfav wants UTC.
const ISO_DATETIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A real calendar date written `YYYY-MM-DD`, nothing around it. */
export function isYmd(value: string): boolean {
  return value === value.trim() && parseLocalDate(value) !== undefined;
}

/** Parses an ISO 8601 datetime with Z or an offset; null when it is not one. */
export function parseIsoDateTime(value: string): Date | null {
  const m = ISO_DATETIME.exec(value);
  if (!m) return null;
  const [, date = '', h, mi, s = '0'] = m;
  if (!parseLocalDate(date)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

/** A query value, with an empty `?name=` treated as absent. */
function raw(query: URLSearchParams, name: string): string | undefined {
  const v = query.get(name);
  return v === null || v.trim() === '' ? undefined : v.trim();
}

export function queryString(query: URLSearchParams, name: string, required: true): string;
export function queryString(
  query: URLSearchParams,
  name: string,
  required?: boolean,
): string | undefined;
export function queryString(query: URLSearchParams, name: string, required = false) {
  const v = raw(query, name);
  if (v === undefined && required) throw validationError(name, `${name} is required`);
  return v;
}

export function queryUuid(query: URLSearchParams, name: string, required: true): string;
export function queryUuid(
  query: URLSearchParams,
  name: string,
  required?: boolean,
): string | undefined;
export function queryUuid(query: URLSearchParams, name: string, required = false) {
  const v = queryString(query, name, required);
  if (v !== undefined && !isUuid(v)) throw validationError(name, `${name} must be a UUID`);
  return v;
}

export function queryDate(query: URLSearchParams, name: string, required: true): LocalDate;
export function queryDate(
  query: URLSearchParams,
  name: string,
  required?: boolean,
): LocalDate | undefined;
export function queryDate(query: URLSearchParams, name: string, required = false) {
  const v = queryString(query, name, required);
  if (v !== undefined && !isYmd(v)) {
    throw validationError(name, `${name} must be a date in YYYY-MM-DD format, got "${v}"`);
  }
  return v;
}

export function queryDateTime(query: URLSearchParams, name: string): Date {
  const v = queryString(query, name, true);
  const d = parseIsoDateTime(v);
  if (!d) {
    throw validationError(
      name,
      `${name} must be an ISO 8601 datetime in UTC (e.g. 2026-03-05T23:00:00Z), got "${v}"`,
    );
  }
  return d;
}

export function queryInt(
  query: URLSearchParams,
  name: string,
  opts: { default: number; min: number; max?: number },
): number;
export function queryInt(
  query: URLSearchParams,
  name: string,
  opts: { min: number; max?: number },
): number | undefined;
export function queryInt(
  query: URLSearchParams,
  name: string,
  opts: { default?: number; min: number; max?: number },
) {
  const v = raw(query, name);
  if (v === undefined) return opts.default;
  if (!/^-?\d+$/.test(v)) throw validationError(name, `${name} must be an integer, got "${v}"`);
  const n = Number(v);
  if (n < opts.min) throw validationError(name, `${name} must be at least ${opts.min}`);
  if (opts.max !== undefined && n > opts.max) {
    throw validationError(name, `${name} must be at most ${opts.max}`);
  }
  return n;
}

export function queryEnum<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = raw(query, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw validationError(name, `${name} must be one of ${allowed.join(', ')}, got "${v}"`);
  }
  return v as T;
}

/** The JSON body as an object; refuses unreadable JSON and arrays. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === null) throw validationError('body', 'Request body is not valid JSON');
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw validationError('body', 'Request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

export function optionalString(
  obj: Record<string, unknown>,
  field: string,
  label = field,
  maxLength = 1000,
): string | undefined {
  const v = obj[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw validationError(label, `${label} must be a string`);
  if (v.length > maxLength) {
    throw validationError(label, `${label} must be at most ${maxLength} characters`);
  }
  return v;
}

export function optionalBoolean(
  obj: Record<string, unknown>,
  field: string,
  label = field,
): boolean | undefined {
  const v = obj[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw validationError(label, `${label} must be true or false`);
  return v;
}
