import {
  addDays,
  compareDates,
  daysBetween,
  instantToLocal,
  isoWeekday,
  localToInstant,
  type LocalDate,
  type LocalDateTime,
} from './time';

/**
 * Expands the iCal RRULEs the vendors use (Doctena blockings: `FREQ=WEEKLY;INTERVAL=3;WKST=SU;
 * BYDAY=MO,TU;UNTIL=20150101T000000Z`) into occurrences. Occurrences keep their wall-clock time in
 * the given zone, so a 09:00 weekly blocking stays at 09:00 across a DST change.
 * Supported: FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, BYDAY (plain days), BYMONTHDAY, UNTIL,
 * COUNT, WKST. Anything else makes `parseRRule` return undefined; callers then show the first
 * occurrence only rather than guess.
 */

export interface RRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** ISO weekdays 1–7. */
  byDay: number[] | null;
  byMonthDay: number[] | null;
  until: Date | null;
  count: number | null;
  /** ISO weekday the week starts on (default Monday). */
  wkst: number;
}

const DAYS: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

function parseUntil(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h = '23', mi = '59', s = '59'] = m.slice(1);
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), +h, +mi, +s));
}

export function parseRRule(text: string): RRule | undefined {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!body) return undefined;
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined) return undefined;
    parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return undefined;
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST']);
  if ([...parts.keys()].some((k) => !known.has(k))) return undefined;

  const interval = Number(parts.get('INTERVAL') ?? '1');
  const byDayText = parts.get('BYDAY');
  const byDay = byDayText ? byDayText.split(',').map((d) => DAYS[d]) : null;
  if (byDay?.some((d) => d === undefined)) return undefined;
  const byMonthDayText = parts.get('BYMONTHDAY');
  const byMonthDay = byMonthDayText ? byMonthDayText.split(',').map(Number) : null;
  const untilText = parts.get('UNTIL');
  const until = untilText ? parseUntil(untilText) : null;
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
  const wkst = DAYS[parts.get('WKST') ?? 'MO'];
  if (
    !Number.isInteger(interval) ||
    interval < 1 ||
    (untilText && !until) ||
    (count !== null && (!Number.isInteger(count) || count < 1)) ||
    byMonthDay?.some((d) => !Number.isInteger(d) || d < 1 || d > 31) ||
    wkst === undefined
  ) {
    return undefined;
  }
  return { freq, interval, byDay: byDay as number[] | null, byMonthDay, until, count, wkst };
}

export interface Occurrence {
  start: Date;
  end: Date;
}

function weekStart(date: LocalDate, wkst: number): LocalDate {
  return addDays(date, -((isoWeekday(date) - wkst + 7) % 7));
}

function matches(rule: RRule, first: LocalDate, date: LocalDate): boolean {
  switch (rule.freq) {
    case 'DAILY':
      return daysBetween(first, date) % rule.interval === 0;
    case 'WEEKLY': {
      const weeks = daysBetween(weekStart(first, rule.wkst), weekStart(date, rule.wkst)) / 7;
      const days = rule.byDay ?? [isoWeekday(first)];
      return weeks % rule.interval === 0 && days.includes(isoWeekday(date));
    }
    case 'MONTHLY': {
      const months = (date.year - first.year) * 12 + (date.month - first.month);
      const days = rule.byMonthDay ?? [first.day];
      return months % rule.interval === 0 && days.includes(date.day);
    }
    case 'YEARLY':
      return (
        (date.year - first.year) % rule.interval === 0 &&
        date.month === first.month &&
        date.day === first.day
      );
  }
}

/** Occurrences of `rule` from `dtstart`, each `durationMs` long, that overlap [from, to). */
export function expandRRule(input: {
  rule: RRule;
  dtstart: Date;
  durationMs: number;
  timeZone: string;
  from: Date;
  to: Date;
  limit?: number;
}): Occurrence[] {
  const { rule, dtstart, durationMs, timeZone, from, to } = input;
  const limit = input.limit ?? 2000;
  const firstLocal = instantToLocal(dtstart, timeZone);
  const first: LocalDate = firstLocal;
  const time = { hour: firstLocal.hour, minute: firstLocal.minute, second: firstLocal.second };
  // With COUNT every occurrence from the first must be counted; otherwise start near `from`.
  const windowStart = addDays(instantToLocal(new Date(from.getTime() - durationMs), timeZone), -1);
  let date = rule.count !== null || compareDates(windowStart, first) < 0 ? first : windowStart;
  const lastDate = addDays(instantToLocal(to, timeZone), 1);
  const out: Occurrence[] = [];
  let counted = 0;
  while (compareDates(date, lastDate) <= 0 && out.length < limit) {
    if (compareDates(date, first) >= 0 && matches(rule, first, date)) {
      const start = localToInstant({ ...date, ...time } as LocalDateTime, timeZone);
      if (rule.until && start.getTime() > rule.until.getTime()) break;
      counted += 1;
      if (rule.count !== null && counted > rule.count) break;
      const end = new Date(start.getTime() + durationMs);
      if (end > from && start < to) out.push({ start, end });
    }
    date = addDays(date, 1);
  }
  return out;
}
