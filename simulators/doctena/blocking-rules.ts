import { readInstant, readString, type Parsed } from './params';
import {
  firstOccurrenceEnds,
  parseRRule,
  recurringEnds,
  startDate,
  stripRRulePrefix,
} from './rrule';
import type { Blocking } from './store';

/** The rules of POST and PUT on blockings, as pure functions of the request. */

export interface BlockingTimes {
  starts: Date;
  ends: Date;
  recurrence: string;
}

const compareDates = (
  a: { year: number; month: number; day: number },
  b: { year: number; month: number; day: number },
) => a.year - b.year || a.month - b.month || a.day - b.day;

/**
 * Applies the spec's end rule: a one-off blocking keeps its `ends`; a recurring one ends on the
 * UNTIL date (or start date + 99 years) at the time of day of `ends`.
 */
export function resolveBlockingTimes(
  starts: Date,
  ends: Date,
  recurrenceInput: string,
): Parsed<BlockingTimes> {
  const recurrence = stripRRulePrefix(recurrenceInput);
  if (recurrence === '') {
    if (ends.getTime() <= starts.getTime())
      return { ok: false, error: 'ends must be after starts' };
    return { ok: true, value: { starts, ends, recurrence } };
  }
  const parsed = parseRRule(recurrence);
  if (!parsed.ok) return parsed;
  if (firstOccurrenceEnds(starts, ends).getTime() <= starts.getTime()) {
    return {
      ok: false,
      error: 'ends must be after starts (time of day, for a recurring blocking)',
    };
  }
  const { until } = parsed.rule;
  if (until && compareDates(until, startDate(starts)) < 0) {
    return { ok: false, error: 'recurrence UNTIL is before starts' };
  }
  return {
    ok: true,
    value: { starts, ends: recurringEnds(starts, ends, until), recurrence: parsed.rule.text },
  };
}

export function planBlockingCreate(
  params: Record<string, unknown>,
): Parsed<BlockingTimes & { title: string }> {
  const title = readString(params, 'title');
  const starts = readInstant(params, 'starts');
  const ends = readInstant(params, 'ends');
  const recurrence = readString(params, 'recurrence');
  if (!title.ok) return title;
  if (!starts.ok) return starts;
  if (!ends.ok) return ends;
  if (!recurrence.ok) return recurrence;
  if (!starts.value) return { ok: false, error: 'starts is missing' };
  if (!ends.value) return { ok: false, error: 'ends is missing' };
  const times = resolveBlockingTimes(starts.value, ends.value, recurrence.value ?? '');
  if (!times.ok) return times;
  return { ok: true, value: { ...times.value, title: title.value ?? '' } };
}

export function planBlockingUpdate(
  current: Blocking,
  params: Record<string, unknown>,
): Parsed<Partial<BlockingTimes> & { title?: string }> {
  const title = readString(params, 'title');
  const starts = readInstant(params, 'starts');
  const ends = readInstant(params, 'ends');
  const recurrence = readString(params, 'recurrence');
  if (!title.ok) return title;
  if (!starts.ok) return starts;
  if (!ends.ok) return ends;
  if (!recurrence.ok) return recurrence;
  if ([title, starts, ends, recurrence].every((r) => r.value === undefined)) {
    return {
      ok: false,
      error: 'at least one parameter must be provided: title, starts, ends, recurrence',
    };
  }
  if (starts.value === undefined && ends.value === undefined && recurrence.value === undefined) {
    return { ok: true, value: { title: title.value } };
  }
  const newStarts = starts.value ?? current.starts;
  const newRecurrence = recurrence.value ?? current.recurrence;
  let newEnds = ends.value ?? current.ends;
  // A stored recurring `ends` lies on the UNTIL date; when the recurrence is dropped without a new
  // `ends`, fall back to the first occurrence's end rather than a 99-year blocking.
  if (!ends.value && current.recurrence !== '' && stripRRulePrefix(newRecurrence) === '') {
    newEnds = firstOccurrenceEnds(newStarts, current.ends);
  }
  const times = resolveBlockingTimes(newStarts, newEnds, newRecurrence);
  if (!times.ok) return times;
  return { ok: true, value: { ...times.value, title: title.value } };
}
