import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { hasOffset, parseLocalDate, parseLocalDateTime, parseLocalTime } from '../../shared/time';
import type { Logger } from '../log';

/** Schema pieces both vendors' wire formats share. Lenient by design: see each vendor's schemas. */

// Outside these years a time is a data error (a blocking starting 0000-01-01), not a calendar
// entry: it would be skipped as unreadable rather than drawn, expanded or compared.
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const saneYear = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;
// The same test as the UTC year of `ms` in the sane years, without a Date per record (NaN fails).
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1);
const END_MS = Date.UTC(MAX_YEAR + 1, 0, 1);
const saneMs = (ms: number) => ms >= MIN_MS && ms < END_MS;

const ENDS_IN_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/** What `WireInstant` accepts; the fast record readers (fast-read.ts) use it too. */
export const isWireInstant = (s: string) => ENDS_IN_OFFSET.test(s.trim()) && saneMs(Date.parse(s));

/** An ISO 8601 instant that carries its own offset, that Date can read, in a sane year. */
export const WireInstant = z
  .string()
  .refine(isWireInstant, 'not an ISO 8601 instant with an offset');

/** A wall-clock date-time without offset (`2026-03-06T08:00:00`), or an instant with one. */
export const WireLocalDateTime = z.string().refine((s) => {
  if (hasOffset(s)) return saneMs(Date.parse(s));
  const local = parseLocalDateTime(s);
  return local !== undefined && saneYear(local.year);
}, 'not a date and time');

/** `YYYY-MM-DD`, a real day in a sane year. */
export const WireLocalDate = z.string().refine((s) => {
  const date = parseLocalDate(s);
  return date !== undefined && saneYear(date.year);
}, 'not a date');

/** A time of day (`08:00`, `24:00`), or an instant with an offset. */
export const WireTimeOfDay = z
  .string()
  .refine(
    (s) => (hasOffset(s) ? saneMs(Date.parse(s)) : parseLocalTime(s) !== undefined),
    'not a time of day',
  );

/** Absent and null both read as null, so mapping code has one case to handle. */
export function nullish<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v): z.output<T> | null => v ?? null);
}

/**
 * A field a record can be shown without: a value of the wrong type reads as null instead of
 * making the whole record unreadable (a price sent as text must not hide an appointment). Ids and
 * times are never soft.
 */
export function soft<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .optional()
    .transform((v): z.output<T> | null => {
      const parsed = schema.safeParse(v);
      return parsed.success ? ((parsed.data as z.output<T> | undefined) ?? null) : null;
    });
}

/** `true`, `"true"`, `"1"`, `1` are true; anything else (absent included) is false. */
export const LooseBoolean = z
  .union([z.boolean(), z.string(), z.number(), z.null()])
  .optional()
  .transform(
    (v) => v === true || v === 1 || (typeof v === 'string' && /^(true|1)$/i.test(v.trim())),
  );

/** Arrays that may be missing or null come out empty. One bad item fails the whole array. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((v): z.output<T>[] => v ?? []);
}

/** An item of a vendor list that failed its schema and was left out. No patient data. */
export interface UnreadableItem {
  /** Which list, e.g. `doctena.blockings`. */
  list: string;
  /** Position in the list as sent. */
  index: number;
  /** The item's own id, when it has one that looks like an id. */
  id: string | null;
  /** Field paths and zod issue codes only: issue messages may quote the values. */
  issues: string[];
}

// Keyed by the parsed arrays (or objects) that had items left out, so the clients can keep
// returning plain arrays and whoever cares can still ask what was dropped.
const leftOut = new WeakMap<object, UnreadableItem[]>();

const ID_LIKE = /^[\w.:@-]{1,64}$/;

function idOf(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as Record<string, unknown>)[key];
  return typeof id === 'string' && ID_LIKE.test(id) ? id : null;
}

export function issueSummary(error: z.ZodError, limit = 5): string[] {
  return error.issues.slice(0, limit).map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`);
}

/**
 * Reads a well-formed record exactly as its zod schema would, or returns undefined when zod must
 * decide (see fast-read.ts).
 */
export interface FastReader<T> {
  (value: unknown): T | undefined;
  /** The schema's fields, in its order: the record's own literal must list them so. */
  readonly keys: readonly string[];
}

/**
 * A vendor list read item by item: an item that fails `item` is left out and remembered (see
 * `unreadableIn`) instead of failing the whole answer, so one odd record never stops an account.
 * Missing or null reads as empty.
 */
export function tolerantList<T extends z.ZodType>(
  item: T,
  name: string,
  idKey = 'id',
  /** Reads the well-formed record exactly as `item` would, many times faster; zod does the rest. */
  fast?: FastReader<z.output<T>>,
) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((raw): z.output<T>[] => {
      const items: z.output<T>[] = [];
      const skipped: UnreadableItem[] = [];
      (raw ?? []).forEach((value, index) => {
        const quick = fast?.(value);
        if (quick !== undefined) {
          items.push(quick);
          return;
        }
        const parsed = item.safeParse(value);
        if (parsed.success) items.push(parsed.data as z.output<T>);
        else
          skipped.push({
            list: name,
            index,
            id: idOf(value, idKey),
            issues: issueSummary(parsed.error),
          });
      });
      if (skipped.length > 0) leftOut.set(items, skipped);
      return items;
    });
}

/** Carries the left-out items of parsed answers over to a value built from them. */
export function markUnreadable<T extends object>(target: T, items: UnreadableItem[]): T {
  if (items.length > 0) leftOut.set(target, [...(leftOut.get(target) ?? []), ...items]);
  return target;
}

/** Every item left out anywhere inside a parsed answer (or a value marked from several). */
export function unreadableIn(value: unknown): UnreadableItem[] {
  const out: UnreadableItem[] = [];
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    const own = leftOut.get(v);
    if (own) out.push(...own);
    if (Array.isArray(v)) for (const item of v as unknown[]) visit(item);
    else for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return out;
}

const LOGGED_PER_ANSWER = 20;

/** Logs what an answer left out (ids and issue codes only, a few lines at most) and returns it. */
export function logUnreadable(
  logger: Logger,
  vendor: 'doctena' | 'docfav',
  path: string,
  data: unknown,
): UnreadableItem[] {
  const items = unreadableIn(data);
  for (const item of items.slice(0, LOGGED_PER_ANSWER)) {
    logger.warn('vendor item unreadable, left out', {
      vendor,
      path,
      list: item.list,
      index: item.index,
      id: item.id,
      issues: item.issues.join('; '),
    });
  }
  if (items.length > LOGGED_PER_ANSWER) {
    logger.warn('vendor items unreadable, left out', { vendor, path, count: items.length });
  }
  return items;
}

/**
 * Refuses, before anything is sent, an id that does not look like the vendor's ids: `..` or a
 * slash would change which resource the request names. A bug or a corrupt setting, never a user
 * mistake, so the message is generic and never echoes the id.
 */
export function checkPathIds(
  params: Record<string, string> | undefined,
  shape: RegExp,
  vendor: 'doctena' | 'docfav',
): void {
  for (const [field, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' && shape.test(value)) continue;
    throw new AppError('invalid-input', { vendor, reason: 'bad-id', field });
  }
}
