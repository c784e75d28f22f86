import type { CalendarEvent, CalendarInfo, EventKind } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { AccountRuntime } from '../accounts/sources';
import { splitEventId } from '../sync/source';
import { DOCFAV_DEFAULT_TIME_ZONE } from '../vendors/docfav/map';
import type { ActionServices, DocfavRuntime } from './types';

/** Finding what an action is about, from the cache only: an unknown id never costs a request. */

export interface Located {
  event: CalendarEvent;
  runtime: AccountRuntime;
}

export function notInCalendar(): AppError {
  return new AppError('not-found', { reason: 'entry-gone' });
}

export function locate(services: ActionServices, eventId: string): Located {
  const event = services.sync.findEvent(eventId);
  const runtime = event && services.accounts().get(event.accountId);
  if (!event || !runtime || runtime.vendor !== event.source) throw notInCalendar();
  return { event, runtime };
}

/** A well-formed id of a connected account, whether or not the cache still holds it. */
export function parseKnownId(
  services: ActionServices,
  eventId: string,
): { runtime: AccountRuntime; kind: EventKind; vendorId: string } | undefined {
  for (const runtime of services.accounts().values()) {
    const parsed = splitEventId(eventId, runtime.vendor, runtime.account.id);
    if (parsed) return { runtime, ...parsed };
  }
  return undefined;
}

/** One lock per record: every occurrence of a recurring blocking shares its series' lock. */
export function writeKey(event: CalendarEvent): string {
  return `${event.source}:${event.accountId}:${event.kind}:${event.vendorId}`;
}

/** The zone whose calendar day decides "today" for this event. */
export function zoneOf(runtime: AccountRuntime, event: CalendarEvent): string {
  if (runtime.vendor === 'doctena') return runtime.account.timezone;
  return calendarOf(runtime, event.calendarId)?.timezone ?? DOCFAV_DEFAULT_TIME_ZONE;
}

export function calendarOf(runtime: AccountRuntime, calendarId: string): CalendarInfo | undefined {
  return runtime.source.calendars().find((c) => c.id === calendarId);
}

/** Where a Docfav staff calendar lives: the clinic and location its endpoints are under. */
export interface DocfavPlace {
  clinicId: string;
  locationId: string;
  timeZone: string;
}

export function docfavPlace(runtime: DocfavRuntime, staffCalendarId: string): DocfavPlace {
  const info = calendarOf(runtime, staffCalendarId);
  if (!info?.clinicId || !info.locationId) {
    throw new AppError('not-found', { vendor: 'docfav', reason: 'practitioner-gone' });
  }
  return {
    clinicId: info.clinicId,
    locationId: info.locationId,
    timeZone: info.timezone ?? DOCFAV_DEFAULT_TIME_ZONE,
  };
}
