import { compareDates } from '../../shared/time';
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

interface BlockingParams {
  title: string | undefined;
  starts: Date | undefined;
  ends: Date | undefined;
  recurrence: string | undefined;
}

/** The parameters POST and PUT share, each optional here; the first unreadable one is the error. */
function readBlockingParams(params: Record<string, unknown>): Parsed<BlockingParams> {
  const title = readString(params, 'title');
  const starts = readInstant(params, 'starts');
  const ends = readInstant(params, 'ends');
  const recurrence = readString(params, 'recurrence');
  if (!title.ok) return title;
  if (!starts.ok) return starts;
  if (!ends.ok) return ends;
  if (!recurrence.ok) return recurrence;
  return {
    ok: true,
    value: {
      title: title.value,
      starts: starts.value,
      ends: ends.value,
      recurrence: recurrence.value,
    },
  };
}

export function planBlockingCreate(
  params: Record<string, unknown>,
): Parsed<BlockingTimes & { title: string }> {
  const read = readBlockingParams(params);
  if (!read.ok) return read;
  const { title, starts, ends, recurrence } = read.value;
  if (!starts) return { ok: false, error: 'starts is missing' };
  if (!ends) return { ok: false, error: 'ends is missing' };
  const times = resolveBlockingTimes(starts, ends, recurrence ?? '');
  if (!times.ok) return times;
  return { ok: true, value: { ...times.value, title: title ?? '' } };
}

export function planBlockingUpdate(
  current: Blocking,
  params: Record<string, unknown>,
): Parsed<Partial<BlockingTimes> & { title?: string }> {
  const read = readBlockingParams(params);
  if (!read.ok) return read;
  const { title, starts, ends, recurrence } = read.value;
  if (starts === undefined && ends === undefined && recurrence === undefined) {
    if (title === undefined) {
      return {
        ok: false,
        error: 'at least one parameter must be provided: title, starts, ends, recurrence',
      };
    }
    return { ok: true, value: { title } };
  }
  const newStarts = starts ?? current.starts;
  const newRecurrence = recurrence ?? current.recurrence;
  let newEnds = ends ?? current.ends;
  // A stored recurring `ends` lies on the UNTIL date; when the recurrence is dropped without a new
  // `ends`, fall back to the first occurrence's end rather than a 99-year blocking.
  if (!ends && current.recurrence !== '' && stripRRulePrefix(newRecurrence) === '') {
    newEnds = firstOccurrenceEnds(newStarts, current.ends);
  }
  const times = resolveBlockingTimes(newStarts, newEnds, newRecurrence);
  if (!times.ok) return times;
  return { ok: true, value: { ...times.value, title } };
}
