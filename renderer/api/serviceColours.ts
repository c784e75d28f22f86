import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { BookingOptions, CalendarRef } from '../../shared/contract';
import type { CalendarInfo } from '../../shared/domain';
import { serviceKeyOf, type ServiceColours } from '../calendar/service-colour';
import { bookingKeys } from './booking';
import { client } from './client';

/**
 * The colours of Docfav's services, for the calendar to fill appointments with (a setting). Read
 * through the booking dialog's own `booking:options` query, so both share one cache and one
 * request path. Services belong to a clinic, so one practitioner per clinic is asked. Until an
 * answer comes (or when it fails) appointments keep their calendar's colour.
 */
export function useServiceColours(
  calendars: readonly CalendarInfo[] | undefined,
  on: boolean,
): ServiceColours | null {
  const refs = useMemo(() => (on ? onePerClinic(calendars ?? []) : []), [calendars, on]);
  // A plain object rather than a Map: TanStack Query keeps the combined result's identity while
  // its content is unchanged, so the calendar does not redraw every event on each answer.
  const combine = useCallback(
    (results: readonly { data?: BookingOptions | undefined }[]) => {
      const colours: Record<string, string> = {};
      results.forEach((result, i) => {
        const ref = refs[i];
        for (const service of result.data?.services ?? []) {
          if (ref && service.colour)
            colours[serviceKeyOf(ref.accountId, service.id)] = service.colour;
        }
      });
      return colours;
    },
    [refs],
  );
  const found = useQueries({
    queries: refs.map((ref) => ({
      queryKey: bookingKeys.options(ref),
      queryFn: () => client['booking:options'](ref),
      staleTime: 5 * 60_000,
    })),
    combine,
  });
  return useMemo(() => (on ? new Map(Object.entries(found)) : null), [found, on]);
}

/** The first Docfav practitioner (by id) of each clinic: its services are the clinic's. */
export function onePerClinic(calendars: readonly CalendarInfo[]): CalendarRef[] {
  const chosen = new Map<string, CalendarRef>();
  const docfav = calendars
    .filter((c) => c.source === 'docfav')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of docfav) {
    const clinic = `${c.accountId}|${c.clinicId ?? c.id}`;
    if (!chosen.has(clinic)) chosen.set(clinic, { accountId: c.accountId, calendarId: c.id });
  }
  return [...chosen.values()];
}
