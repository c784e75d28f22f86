import { z } from 'zod';

/** Schema pieces both vendors' wire formats share. Lenient by design: see each vendor's schemas. */

/** An ISO 8601 instant that carries its own offset and that Date can read. */
export const WireInstant = z
  .string()
  .refine(
    (s) => /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(s.trim()) && !Number.isNaN(Date.parse(s)),
    'not an ISO 8601 instant with an offset',
  );

/** Absent and null both read as null, so mapping code has one case to handle. */
export function nullish<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v): z.output<T> | null => v ?? null);
}

/** `true`, `"true"`, `"1"`, `1` are true; anything else (absent included) is false. */
export const LooseBoolean = z
  .union([z.boolean(), z.string(), z.number(), z.null()])
  .optional()
  .transform(
    (v) => v === true || v === 1 || (typeof v === 'string' && /^(true|1)$/i.test(v.trim())),
  );

/** Arrays that may be missing or null come out empty. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((v): z.output<T>[] => v ?? []);
}
