import type { CalendarData } from '../../../shared/contract';
import { useCalendarRange } from '../../api/calendar';
import { dayBounds } from './daySheet';

/**
 * The calendar of one day: the data on screen when the day is in it, else that day's own range
 * (asked only then, and cached like any other range).
 */
export function useDayData(
  day: string | null,
  shown: CalendarData | undefined,
  range: { start: Date; end: Date } | null,
): { data: CalendarData | undefined; loading: boolean } {
  const bounds = day ? dayBounds(day) : null;
  const onScreen =
    bounds !== null && range !== null && bounds.start >= range.start && bounds.end <= range.end;
  const own = useCalendarRange(
    bounds && !onScreen ? { from: bounds.start.toISOString(), to: bounds.end.toISOString() } : null,
  );
  if (onScreen) return { data: shown, loading: shown === undefined };
  // keepPreviousData would show the last day asked for while this one loads: not on a sheet.
  const fresh = own.isPlaceholderData ? undefined : own.data;
  return { data: fresh, loading: bounds !== null && fresh === undefined };
}
