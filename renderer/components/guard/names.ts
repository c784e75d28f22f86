import type { CalendarInfo } from '../../../shared/domain';

/** "Allgemeinmedizin · Dr. Anna Schmidt": a Doctena calendar's name rarely says whose it is. */
export function calendarLabel(calendar: CalendarInfo): string {
  const owner = calendar.owner.trim();
  return owner && owner !== calendar.name ? `${calendar.name} · ${owner}` : calendar.name;
}

export function findCalendar(
  calendars: readonly CalendarInfo[],
  ref: { accountId: string; calendarId: string },
): CalendarInfo | undefined {
  return calendars.find((c) => c.accountId === ref.accountId && c.id === ref.calendarId);
}

/** Both sides of a pair in one phrase; the arrow needs no translation. */
export function pairLabel(docfav: string, doctena: string): string {
  return `${docfav} ↔ ${doctena}`;
}
