import type { CalendarInfo } from '../../../shared/domain';
import { markUnreadable, unreadableIn } from '../wire';
import type { DoctenaClient } from './client';
import { mapDoctenaCalendar } from './map';

/**
 * The calendars this login can see, across all the accounts it is connected to. Calendars the
 * answer could not read are left out; `unreadableIn` on the result names them.
 */
export async function discoverDoctena(
  client: Pick<DoctenaClient, 'listCalendars'>,
  accountId: string,
): Promise<CalendarInfo[]> {
  const calendars = await client.listCalendars();
  const seen = new Set<string>();
  const out: CalendarInfo[] = [];
  for (const calendar of calendars) {
    // A login connected to two accounts may see a calendar twice.
    if (seen.has(calendar._id)) continue;
    seen.add(calendar._id);
    out.push(mapDoctenaCalendar(calendar, accountId));
  }
  out.sort((a, b) => a.owner.localeCompare(b.owner) || a.name.localeCompare(b.name));
  return markUnreadable(out, unreadableIn(calendars));
}
