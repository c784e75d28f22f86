import { mergeIntervals, type Interval } from '../guard/intervals';

/**
 * Free time as half-open intervals in epoch milliseconds (the guard's `Interval`): working hours
 * minus what is booked or blocked, the intersection of two platforms' free time, and the slots a
 * duration fits in.
 */

export type { Interval };

/** `from` with every part of `busy` taken out. */
export function subtract(from: readonly Interval[], busy: readonly Interval[]): Interval[] {
  const taken = mergeIntervals(busy);
  const out: Interval[] = [];
  for (const piece of mergeIntervals(from)) {
    let start = piece.start;
    for (const b of taken) {
      if (b.end <= start) continue;
      if (b.start >= piece.end) break;
      if (b.start > start) out.push({ start, end: b.start });
      start = Math.max(start, b.end);
      if (start >= piece.end) break;
    }
    if (start < piece.end) out.push({ start, end: piece.end });
  }
  return out;
}

/** The time that is in both lists. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i] as Interval;
    const y = right[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i += 1;
    else j += 1;
  }
  return out;
}

export interface SlotGrid {
  /** The search window; a slot starts inside it. */
  from: number;
  to: number;
  durationMs: number;
  /** Slots start on this grid of the practice's wall clock (the calendar's slot length). */
  stepMs: number;
  /** The practice's UTC offset at an instant, so that "every 15 minutes" means 09:00, 09:15… */
  offsetAt: (ms: number) => number;
  max: number;
}

/**
 * Every start on the grid where the duration fits into one free interval, earliest first, at
 * most `max`. A clock change inside a free interval moves by an hour, which every step divides,
 * so the grid stays on the wall clock's round times.
 */
export function slotsIn(free: readonly Interval[], grid: SlotGrid): Interval[] {
  const out: Interval[] = [];
  for (const piece of mergeIntervals(free)) {
    const earliest = Math.max(piece.start, grid.from);
    const offset = grid.offsetAt(earliest);
    let start = Math.ceil((earliest + offset) / grid.stepMs) * grid.stepMs - offset;
    for (; start < grid.to && start + grid.durationMs <= piece.end; start += grid.stepMs) {
      out.push({ start, end: start + grid.durationMs });
      if (out.length >= grid.max) return out;
    }
  }
  return out;
}
