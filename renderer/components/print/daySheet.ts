import type { CalendarEvent, CalendarInfo, EventKind, EventStatus } from '../../../shared/domain';
import { calendarKeyOf, infoKeyOf } from '../../calendar/events';
import { calendarLabel } from '../guard/names';

/** What a patient comes for; blocks, reservations and guard mirrors are not on the sheet. */
const APPOINTMENTS: ReadonlySet<EventKind> = new Set(['doctena-booking', 'docfav-appointment']);

export interface SheetRow {
  id: string;
  start: string;
  end: string;
  patient: string;
  reason: string;
  phone: string;
  status: EventStatus;
}

export interface SheetSection {
  key: string;
  practitioner: string;
  rows: SheetRow[];
}

/** "2026-12-01" → the local midnight it starts at and the next one (the calendar is local time). */
export function dayBounds(day: string): { start: Date; end: Date } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { start: new Date(y, m - 1, d), end: new Date(y, m - 1, d + 1) };
}

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * One section per practitioner with appointments that day (or just the one asked for, even
 * empty), each in time order.
 */
export function buildDaySheet(
  events: readonly CalendarEvent[],
  calendars: readonly CalendarInfo[],
  day: string,
  only: string | null,
): SheetSection[] {
  const { start, end } = dayBounds(day);
  const byCalendar = new Map<string, SheetRow[]>();
  for (const event of events) {
    const at = Date.parse(event.start);
    if (!APPOINTMENTS.has(event.kind) || at < start.getTime() || at >= end.getTime()) continue;
    const key = calendarKeyOf(event);
    if (only !== null && key !== only) continue;
    const rows = byCalendar.get(key) ?? [];
    rows.push({
      id: event.id,
      start: event.start,
      end: event.end,
      patient: event.patient?.name ?? event.title,
      reason: event.reason ?? '',
      phone: event.patient?.phone ?? '',
      status: event.noShow ? 'no-show' : event.status,
    });
    byCalendar.set(key, rows);
  }
  const chosen = calendars.filter((c) =>
    only === null ? byCalendar.has(infoKeyOf(c)) : infoKeyOf(c) === only,
  );
  return chosen.map((c) => ({
    key: infoKeyOf(c),
    practitioner: calendarLabel(c),
    rows: (byCalendar.get(infoKeyOf(c)) ?? []).sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    ),
  }));
}
