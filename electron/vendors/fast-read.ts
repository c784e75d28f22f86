/**
 * Hand-written readers for the common, well-formed vendor record, so that a large sync does not
 * pay zod's per-field machinery (a `soft` field is a transform around a nested safeParse) for
 * every one of tens of thousands of records. A reader either returns exactly what the record's
 * zod schema would (same fields, same values, unknown fields kept, same key order) or says it is
 * unsure; then the zod schema reads the record as before. So an odd record always takes the zod
 * path, and the zod schemas stay the definition of what is accepted (fast-read.test.ts checks
 * each reader against its schema).
 */

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
  if (typeof v === 'number') return Number.isFinite(v) ? v === 1 : UNSURE;
  if (typeof v === 'string') return TRUE_WORD.test(v.trim());
  return UNSURE;
};

// Records start and end on a practice's slots, so a sync checks the same few hundred times over
// and over; `WireInstant`'s test is pure, so each answer is kept (a bounded number of them).
const instants = new Map<string, boolean>();

/** `WireInstant`, by the same test (`isWireInstant`). */
export const readInstant = (v: unknown): string | typeof UNSURE => {
  if (typeof v !== 'string') return UNSURE;
  let ok = instants.get(v);
  if (ok === undefined) {
    ok = isWireInstant(v);
    if (instants.size >= 10_000) instants.clear();
    instants.set(v, ok);
  }
  return ok ? v : UNSURE;
};

/**
 * A `z.looseObject` read by `read`, which returns the declared fields in the schema's order (or
 * undefined when unsure); every other key `for…in` finds is then copied as sent, `__proto__`
 * excepted, just as zod builds its result (its own loop is a `for…in`).
 */
export function fastReader<T>(
  shape: object,
  read: (value: Record<string, unknown>) => Record<string, unknown> | undefined,
): FastReader<T> {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  const fast = (value: unknown): T | undefined => {
    if (!isRecord(value)) return undefined;
    const out = read(value);
    if (out === undefined) return undefined;
    for (const key in value) {
      if (!known.has(key) && key !== '__proto__') out[key] = value[key];
    }
    return out as T;
  };
  return Object.assign(fast, { keys });
}
