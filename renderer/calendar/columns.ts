import type { EventInput } from '@fullcalendar/core';
import type { CalendarRef } from '../../shared/contract';
import type { AvailabilityWindow, CalendarInfo, Source } from '../../shared/domain';
import { calendarKeyOf, infoKeyOf, toBackground } from './events';

/**
 * A range selected in a grid: `at` is where the pointer let go, to offer the choices there;
 * `calendar` is the Day-view column it was selected in (the week grid has none to give), for
 * whom what opens next (booking, blocking) is.
 */
export type SelectRange = (
  start: Date,
  end: Date,
  at?: { x: number; y: number },
  calendar?: CalendarRef,
) => void;

/** One practitioner's column in the Day view: one calendar, from either platform. */
export interface DayColumn {
  key: string;
  name: string;
  source: Source;
  /** The calendar this column shows: what a range selected in it is booked or blocked on. */
  calendar: CalendarRef;
  /** This calendar's working hours and time off, drawn as background in its column only. */
  windows: AvailabilityWindow[];
  events: EventInput[];
}

/** Why a drop or a selection is refused before anything is sent; null when it may go ahead. */
export type Refusal = 'other-practitioner' | 'day-off' | 'break';

/**
 * One column per calendar switched on, in the sidebar's order, so a column never jumps when
 * data arrives. `events` are the already-built event inputs (colours, pending, editable),
 * split by the calendar they belong to; background inputs are ignored.
 */
export function dayColumns(
  calendars: readonly CalendarInfo[],
  hidden: ReadonlySet<string>,
  availability: readonly AvailabilityWindow[],
  events: readonly EventInput[],
): DayColumn[] {
  const columns = calendars
    .filter((c) => !hidden.has(infoKeyOf(c)))
    .map((c): DayColumn => ({
      key: infoKeyOf(c),
      name: c.name,
      source: c.source,
      calendar: { accountId: c.accountId, calendarId: c.id },
      windows: [],
      events: [],
    }));
  const byKey = new Map(columns.map((c) => [c.key, c]));
  for (const w of availability) byKey.get(calendarKeyOf(w))?.windows.push(w);
  for (const input of events) {
    const event = (input.extendedProps as { event?: { accountId: string; calendarId: string } })
      ?.event;
    if (event) byKey.get(calendarKeyOf(event))?.events.push(input);
  }
  return columns;
}

/** The column's shading: ids are made unique per column, as FullCalendar keys on them. */
export function columnBackground(column: DayColumn): EventInput[] {
  return column.windows.map((w, i) => ({ ...toBackground(w, i), id: `${column.key}|bg-${i}` }));
}

const overlaps = (w: { start: string; end: string }, start: number, end: number) =>
  Date.parse(w.start) < end && Date.parse(w.end) > start;

/**
 * Whether a range may be booked or dropped in this column: never over a day or hours off, and,
 * when the practitioner's working hours for that day are known, only inside one of them. A day
 * with no working hours known (the platform gave none) is not refused here: the platform decides.
 */
export function refusal(
  windows: readonly Pick<AvailabilityWindow, 'kind' | 'start' | 'end'>[],
  start: Date,
  end: Date,
): Refusal | null {
  const from = start.getTime();
  const to = end.getTime();
  const off = windows.find((w) => w.kind !== 'working' && overlaps(w, from, to));
  if (off) return off.kind === 'day-off' ? 'day-off' : 'break';
  const dayStart = new Date(start.getFullYear(), start.getMonth(), start.getDate()).getTime();
  const working = windows.filter(
    (w) => w.kind === 'working' && overlaps(w, dayStart, dayStart + 86_400_000),
  );
  if (working.length === 0) return null;
  const inside = working.some((w) => Date.parse(w.start) <= from && Date.parse(w.end) >= to);
  return inside ? null : 'break';
}

/** The catalogue key that says why, for each refusal. */
export const REFUSAL_KEYS = {
  'other-practitioner': 'columns.refused.otherPractitioner',
  'day-off': 'columns.refused.dayOff',
  break: 'columns.refused.break',
} as const satisfies Record<Refusal, string>;
