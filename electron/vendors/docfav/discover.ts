import type { CalendarInfo } from '../../../shared/domain';
import { markUnreadable, unreadableIn } from '../wire';
import type { DocfavClient } from './client';
import type {
  DocfavClinic,
  DocfavLocation,
  DocfavMe,
  DocfavService,
  DocfavStaff,
  DocfavStaffCalendar,
} from './schemas';

/**
 * Everything the app needs to know about a Docfav account up front: who the key belongs to, its
 * clinics, and per clinic the locations, practitioners, their staff calendars (with the zone each
 * runs in) and the services (needed to re-book an appointment on a move). Records the answers
 * could not read are left out; `unreadableIn` on the result names them.
 */

export interface DocfavClinicDirectory {
  clinic: DocfavClinic;
  locations: DocfavLocation[];
  staff: DocfavStaff[];
  staffCalendars: DocfavStaffCalendar[];
  services: DocfavService[];
}

export interface DocfavDiscovery {
  user: DocfavMe;
  clinics: DocfavClinicDirectory[];
  /** One per active staff calendar, named after its practitioner. */
  calendars: CalendarInfo[];
  /** IANA zone per staff calendar id, for mapping times. */
  timeZones: Record<string, string>;
}

export function staffName(staff: DocfavStaff | undefined): string {
  if (!staff) return 'Unknown practitioner';
  const joined = [staff.name, staff.surname].filter(Boolean).join(' ');
  return staff.fullname || joined || staff.email || 'Unknown practitioner';
}

export function directoryCalendars(
  directory: DocfavClinicDirectory,
  accountId: string,
  fallbackZone: string | null,
): CalendarInfo[] {
  const staffById = new Map(directory.staff.map((s) => [s.id, s]));
  const locationById = new Map(directory.locations.map((l) => [l.id, l]));
  const active = directory.staffCalendars.filter((sc) => sc.is_active !== false);
  const perStaff = new Map<string, number>();
  for (const sc of active) {
    const key = sc.back_office_staff_id ?? sc.id;
    perStaff.set(key, (perStaff.get(key) ?? 0) + 1);
  }
  return active.map((sc) => {
    const owner = staffName(
      sc.back_office_staff_id ? staffById.get(sc.back_office_staff_id) : undefined,
    );
    const location = sc.calendar_id ? locationById.get(sc.calendar_id) : undefined;
    // A practitioner working at two locations has two calendars; the location tells them apart.
    const several = (perStaff.get(sc.back_office_staff_id ?? sc.id) ?? 0) > 1;
    return {
      id: sc.id,
      source: 'docfav',
      accountId,
      name: several && location?.name ? `${owner} · ${location.name}` : owner,
      owner,
      timezone: sc.timezone ?? fallbackZone,
      clinicId: directory.clinic.id,
      locationId: sc.calendar_id,
    };
  });
}

export async function discoverDocfav(
  client: Pick<
    DocfavClient,
    'me' | 'clinics' | 'calendars' | 'staff' | 'staffCalendars' | 'services'
  >,
  accountId: string,
): Promise<DocfavDiscovery> {
  const user = await client.me();
  const clinics = await client.clinics();
  const directories: DocfavClinicDirectory[] = [];
  // One clinic at a time: four requests each, and the hourly budget is shared with polling.
  for (const clinic of clinics) {
    const [locations, staff, staffCalendars, services] = await Promise.all([
      client.calendars(clinic.id),
      client.staff(clinic.id),
      client.staffCalendars(clinic.id),
      client.services(clinic.id),
    ]);
    directories.push({ clinic, locations, staff, staffCalendars, services });
  }
  const calendars = directories
    .flatMap((d) => directoryCalendars(d, accountId, user.timezone))
    .sort((a, b) => a.name.localeCompare(b.name));
  const timeZones: Record<string, string> = {};
  for (const c of calendars) if (c.timezone) timeZones[c.id] = c.timezone;
  return markUnreadable(
    { user, clinics: directories, calendars, timeZones },
    unreadableIn(clinics),
  );
}
