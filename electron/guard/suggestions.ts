import type { ChannelOutput } from '../../shared/contract';
import type { CalendarInfo } from '../../shared/domain';
import type { GuardMapping } from '../../shared/settings';
import { sameName } from './names';

export type Suggestion = ChannelOutput<'guard:suggestions'>[number];

/**
 * Docfav staff calendars paired with the Doctena calendars whose practitioner has the same name.
 * Only suggestions: nothing is mirrored until the user saves a pairing. Pairs already saved are
 * left out.
 */
export function suggestMappings(
  calendars: readonly CalendarInfo[],
  saved: readonly GuardMapping[],
): Suggestion[] {
  const docfav = calendars.filter((c) => c.source === 'docfav');
  const doctena = calendars.filter((c) => c.source === 'doctena');
  const out: Suggestion[] = [];
  for (const df of docfav) {
    for (const dt of doctena) {
      const matches = [dt.owner, dt.name].some((name) => name !== '' && sameName(df.owner, name));
      if (!matches || isSaved(saved, df, dt)) continue;
      out.push({
        docfav: { accountId: df.accountId, calendarId: df.id, name: df.name },
        doctena: { accountId: dt.accountId, calendarId: dt.id, name: doctenaName(dt) },
      });
    }
  }
  return out;
}

function isSaved(saved: readonly GuardMapping[], df: CalendarInfo, dt: CalendarInfo): boolean {
  return saved.some(
    (m) =>
      m.docfav.accountId === df.accountId &&
      m.docfav.calendarId === df.id &&
      m.doctena.accountId === dt.accountId &&
      m.doctena.calendarId === dt.id,
  );
}

/** "Allgemeinmedizin · Dr. Anna Schmidt": the calendar alone rarely says who it belongs to. */
function doctenaName(calendar: CalendarInfo): string {
  const owner = calendar.owner.trim();
  return owner && owner !== calendar.name ? `${calendar.name} · ${owner}` : calendar.name;
}
