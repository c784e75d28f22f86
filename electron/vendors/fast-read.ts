/**
 * Hand-written readers for the common, well-formed vendor record, so that a large sync does not
 * pay zod's per-field machinery (a `soft` field is a transform around a nested safeParse) for
 * every one of tens of thousands of records. A reader either returns exactly what the record's
 * zod schema would (same fields, same values, unknown fields kept, same key order) or says it is
 * unsure; then the zod schema reads the record as before. So an odd record always takes the zod
 * path, and the zod schemas stay the definition of what is accepted (fast-read.test.ts checks
 * each reader against its schema).
 */

import { memoByText } from './event-rules';
import { isWireInstant, type FastReader } from './wire';

export type { FastReader };

/** A field reader's answer when only zod can tell (a record the schema may refuse). */
export const UNSURE: unique symbol = Symbol('unsure');

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `z.string().min(1)`. */
export const readId = (v: unknown): string | typeof UNSURE =>
  typeof v === 'string' && v.length > 0 ? v : UNSURE;

/** `soft(z.string())`. */
export const readText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** `soft(z.number())`: zod refuses NaN and the infinities. */
export const readNum = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

const TRUE_WORD = /^(true|1)$/i;

/** `LooseBoolean`; anything its union refuses (an object, a non-finite number) is zod's. */
export const readLooseBoolean = (v: unknown): boolean | typeof UNSURE => {
  if (v === undefined || v === null || v === false) return false;
  if (v === true) return true;
  // Doctena's own spelling, spared the regular expression.
  if (v === 'false') return false;
  if (v === 'true') return true;
  if (typeof v === 'number') return Number.isFinite(v) ? v === 1 : UNSURE;
  if (typeof v === 'string') return TRUE_WORD.test(v.trim());
  return UNSURE;
};

// Records start and end on a practice's slots, so a sync checks the same few hundred times over
// and over; `WireInstant`'s test is pure, so each answer is kept (a bounded number of them).
const isInstant = memoByText(isWireInstant);

/** `WireInstant`, by the same test (`isWireInstant`). */
export const readInstant = (v: unknown): string | typeof UNSURE =>
  typeof v === 'string' && isInstant(v) ? v : UNSURE;

/** `soft(z.string())` would return this value itself. */
export const isText = (v: unknown): boolean => v === null || typeof v === 'string';

/** `soft(z.number())` would return this value itself. */
export const isNum = (v: unknown): boolean =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

/**
 * A `z.looseObject` read by `read`, which returns the declared fields in the schema's order (or
 * undefined when unsure); every other key `for…in` finds is then copied as sent, `__proto__`
 * excepted, just as zod builds its result (its own loop is a `for…in`).
 *
 * `asSent`, when given, says whether every declared field is already what `read` would make of
 * it. Then, if the record is a plain object that lists the declared fields first and in the
 * schema's order, zod's result would be a field-for-field copy of it, and the record itself is
 * returned: a large sync then keeps one object per record instead of two (garbage collection of
 * the copies was most of reading a week). The records come from JSON.parse and nothing changes
 * them after reading.
 */
export function fastReader<T>(
  shape: object,
  read: (value: Record<string, unknown>) => Record<string, unknown> | undefined,
  asSent?: (value: Record<string, unknown>) => boolean,
): FastReader<T> {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  // Own enumerable keys only (zod's for…in would copy inherited ones), declared ones first, in
  // order, and no own `__proto__` (zod leaves it out).
  const listedAsDeclared = (value: Record<string, unknown>): boolean => {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    let i = 0;
    for (const key in value) {
      if (i < keys.length ? key !== keys[i] : key === '__proto__' || !Object.hasOwn(value, key))
        return false;
      i++;
    }
    return i >= keys.length;
  };
  const fast = (value: unknown): T | undefined => {
    if (!isRecord(value)) return undefined;
    if (asSent?.(value) && listedAsDeclared(value)) return value as T;
    const out = read(value);
    if (out === undefined) return undefined;
    // Records nearly always list the declared fields in order: comparing with the expected one
    // first spares a set lookup per field.
    let i = 0;
    for (const key in value) {
      if (key === keys[i++]) continue;
      if (!known.has(key) && key !== '__proto__') out[key] = value[key];
    }
    return out as T;
  };
  return Object.assign(fast, { keys });
}
