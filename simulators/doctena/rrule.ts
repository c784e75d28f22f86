import { instantToLocal, parseLocalDate, type LocalDate } from '../../shared/time';
import { daysInMonth, PRACTICE_TIME_ZONE, zonedToInstant } from './time';

/**
 * Blocking recurrences. Doctena only stores the rule and derives the blocking's `ends` from it, so
 * validation is deliberately loose: what the real API would reject for sure (no FREQ, unreadable
 * UNTIL) is rejected, anything else is stored as sent. That is why this is not `parseRRule` of
 * `shared/rrule.ts`: the app only accepts the rules it can expand, and refuses e.g. `FREQ=HOURLY`
 * or `BYSETPOS` before sending them, which Doctena itself would store.
 */

const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

export interface RRule {
  /** The rule as stored and returned: without the `RRULE:` prefix. */
  text: string;
  freq: string;
  /** The UNTIL date as written in the rule; undefined for an infinite (or COUNT) rule. */
  until: LocalDate | undefined;
}

export type RRuleResult = { ok: true; rule: RRule } | { ok: false; error: string };

export function stripRRulePrefix(text: string): string {
  return text.trim().replace(/^RRULE:/i, '');
}

export function parseRRule(input: string): RRuleResult {
  const text = stripRRulePrefix(input);
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    if (part === '') continue;
    const m = /^([A-Za-z-]+)=(.+)$/.exec(part);
    if (!m) return { ok: false, error: `recurrence is invalid: cannot read "${part}"` };
    parts.set((m[1] ?? '').toUpperCase(), m[2] ?? '');
  }
  const freq = parts.get('FREQ')?.toUpperCase();
  if (!freq) return { ok: false, error: 'recurrence is invalid: FREQ is missing' };
  if (!FREQUENCIES.includes(freq)) {
    return { ok: false, error: `recurrence is invalid: unknown FREQ ${freq}` };
  }
  for (const key of ['INTERVAL', 'COUNT']) {
    const value = parts.get(key);
    if (value !== undefined && !/^[1-9]\d*$/.test(value)) {
      return { ok: false, error: `recurrence is invalid: ${key} must be a positive integer` };
    }
  }
  let until: LocalDate | undefined;
  const untilText = parts.get('UNTIL');
  if (untilText !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/i.exec(untilText);
    until = m ? parseLocalDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
    if (!until) {
      return { ok: false, error: 'recurrence is invalid: UNTIL must look like 20261231T000000Z' };
    }
  }
  return { ok: true, rule: { text, freq, until } };
}

/**
 * The spec's end rule for recurring blockings: the stored `ends` is the UNTIL date (or, for an
 * infinite rule, the start date + 99 years) at the wall-clock time of day of the given `ends`.
 */
export function recurringEnds(
  starts: Date,
  endsTimeSource: Date,
  until: LocalDate | undefined,
  timeZone = PRACTICE_TIME_ZONE,
): Date {
  const time = instantToLocal(endsTimeSource, timeZone);
  let date: LocalDate;
  if (until) date = until;
  else {
    const s = instantToLocal(starts, timeZone);
    const year = s.year + 99;
    // 29 February + 99 years lands in a common year; keep the month.
    date = { year, month: s.month, day: Math.min(s.day, daysInMonth(year, s.month)) };
  }
  return zonedToInstant(
    { ...date, hour: time.hour, minute: time.minute, second: time.second },
    timeZone,
  );
}

/** End of the first occurrence: start date at the time of day of `ends`. */
export function firstOccurrenceEnds(
  starts: Date,
  endsTimeSource: Date,
  timeZone = PRACTICE_TIME_ZONE,
): Date {
  return recurringEnds(starts, endsTimeSource, startDate(starts, timeZone), timeZone);
}

export function startDate(instant: Date, timeZone = PRACTICE_TIME_ZONE): LocalDate {
  const { year, month, day } = instantToLocal(instant, timeZone);
  return { year, month, day };
}
