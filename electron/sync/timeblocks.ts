import type { AvailabilityWindow } from '../../shared/domain';
import {
  addDays,
  compareDates,
  daysBetween,
  formatInstant,
  instantToLocal,
  isoWeekStartDate,
  isoWeekday,
  localToInstant,
  parseLocalTime,
  type LocalDate,
} from '../../shared/time';

/** The parts of a Doctena timeblock that shape availability. */
export interface TimeblockLike {
  begins_at?: string | null;
  ends_at?: string | null;
  activated?: boolean | null;
  status?: string | null;
  /** 0 = Sunday … 6 = Saturday, as Doctena sends them. */
  weekdays?: number[] | null;
  valid_forever?: boolean | null;
  valid_from?: string | null;
  valid_until?: string | null;
  every_n_weeks?: number | null;
}

/**
 * Doctena timeblocks are wall-clock opening hours ("09:15–13:30 on Mon–Fri") in the practice's
 * zone, which Doctena never states: the account's timezone setting supplies it. Expanded per local
 * day so DST weeks come out right.
 */
export function expandTimeblocks(
  blocks: TimeblockLike[],
  context: { accountId: string; calendarId: string; timeZone: string; from: Date; to: Date },
): AvailabilityWindow[] {
  const { timeZone, from, to } = context;
  const firstDay = instantToLocal(from, timeZone);
  const lastDay = instantToLocal(to, timeZone);
  const out: AvailabilityWindow[] = [];
  for (const block of blocks) {
    if (block.activated === false) continue;
    if (block.status && block.status.toUpperCase() !== 'ACTIVE') continue;
    const begins = parseLocalTime(block.begins_at ?? '');
    const ends = parseLocalTime(block.ends_at ?? '');
    if (!begins || !ends) continue;
    const weekdays = new Set((block.weekdays ?? []).map((d) => (d === 0 ? 7 : d)));
    const validFrom = block.valid_from ? localDay(block.valid_from, timeZone) : undefined;
    const validUntil =
      block.valid_forever === false && block.valid_until
        ? localDay(block.valid_until, timeZone)
        : undefined;
    const every = Math.max(1, block.every_n_weeks ?? 1);
    for (let day: LocalDate = firstDay; compareDates(day, lastDay) <= 0; day = addDays(day, 1)) {
      if (!weekdays.has(isoWeekday(day))) continue;
      if (validFrom && compareDates(day, validFrom) < 0) continue;
      if (validUntil && compareDates(day, validUntil) > 0) continue;
      if (every > 1 && validFrom) {
        const weeks = daysBetween(isoWeekStartDate(validFrom), isoWeekStartDate(day)) / 7;
        if (weeks % every !== 0) continue;
      }
      const start = localToInstant({ ...day, ...begins, second: 0 }, timeZone);
      const end = localToInstant({ ...day, ...ends, second: 0 }, timeZone);
      if (end <= start || end <= from || start >= to) continue;
      out.push({
        source: 'doctena',
        accountId: context.accountId,
        calendarId: context.calendarId,
        kind: 'working',
        start: formatInstant(start),
        end: formatInstant(end),
      });
    }
  }
  return out;
}

function localDay(text: string, timeZone: string): LocalDate | undefined {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : instantToLocal(ms, timeZone);
}
