/** Half-open time intervals in epoch milliseconds: [start, end). */
export interface Interval {
  start: number;
  end: number;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Disjoint, sorted intervals; overlapping and touching ones become one. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const next of sorted) {
    const last = out[out.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else out.push({ start: next.start, end: next.end });
  }
  return out;
}

/**
 * Widened to whole seconds: Doctena stores seconds, so a mirror read back must compare equal to
 * the interval it was made from.
 */
export function toWholeSeconds(i: Interval): Interval {
  return { start: Math.floor(i.start / 1000) * 1000, end: Math.ceil(i.end / 1000) * 1000 };
}

export function intervalKey(i: Interval): string {
  return `${i.start}-${i.end}`;
}
