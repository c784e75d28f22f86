import { timeRange } from '../../calendar/format';

/** Today's times alone; another day's with the day, so an old check does not look recent. */
export function checkedAt(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { weekday: 'short', day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** "Wed 14 May, 10:00–10:30": the span both bookings share. */
export function conflictTime(start: string, end: string, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  return `${day.format(new Date(start))}, ${timeRange(start, end, locale)}`;
}
