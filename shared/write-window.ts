import type { z } from 'zod';

/**
 * The times a write may carry. A calendar write outside this window is always a mistake (a typo
 * in a year field, a date picker's year 1), and a platform may store it and then fail every later
 * read of that account: one year back to five years ahead of now.
 */

export type WriteTimeReason = 'time-out-of-range' | 'end-not-after-start';

export function writeWindow(nowMs: number): { earliest: number; latest: number } {
  const earliest = new Date(nowMs);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - 1);
  const latest = new Date(nowMs);
  latest.setUTCFullYear(latest.getUTCFullYear() + 5);
  return { earliest: earliest.getTime(), latest: latest.getTime() };
}

const toMs = (time: string | Date) =>
  typeof time === 'string' ? Date.parse(time) : time.getTime();

/** Why these times cannot be written now, or null. Either end may be absent (a partial edit). */
export function writeTimeProblem(
  times: { start?: string | Date | undefined; end?: string | Date | undefined },
  nowMs: number,
): WriteTimeReason | null {
  const { earliest, latest } = writeWindow(nowMs);
  const given = [times.start, times.end].flatMap((t) => (t === undefined ? [] : [toMs(t)]));
  // NaN fails both comparisons, so an unreadable date is out of range too.
  if (!given.every((ms) => ms >= earliest && ms <= latest)) return 'time-out-of-range';
  if (
    times.start !== undefined &&
    times.end !== undefined &&
    toMs(times.end) <= toMs(times.start)
  ) {
    return 'end-not-after-start';
  }
  return null;
}

const MESSAGES: Record<WriteTimeReason, string> = {
  'time-out-of-range': 'must lie between one year ago and five years ahead',
  'end-not-after-start': 'end must be after start',
};

/**
 * A contract refinement: "now" is read at parse time, on the machine that parses, so the renderer
 * and the main process apply the same rule. The reason travels in the issue's params, which the
 * dispatcher passes on as `details.reason` for the renderer to translate.
 */
export function refineWriteTimes(
  times: { start?: string | undefined; end?: string | undefined },
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): void {
  const reason = writeTimeProblem(times, Date.now());
  if (!reason) return;
  ctx.addIssue({
    code: 'custom',
    message: MESSAGES[reason],
    path: reason === 'end-not-after-start' ? [...path, 'end'] : path,
    params: { reason },
  });
}
