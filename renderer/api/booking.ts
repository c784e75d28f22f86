import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  BookingInput,
  CalendarData,
  CalendarRef,
  ChannelInput,
  Conflict,
  EventPayload,
} from '../../shared/contract';
import { eventId, type CalendarEvent } from '../../shared/domain';
import { client } from './client';
import { keys } from './keys';
import { usePush } from './push';

/**
 * New Docfav appointments: the dialog's options, its patient search and new patient, and the
 * booking itself, shown at once as pending and settled by Docfav's answer.
 *
 * Kept beside its hooks rather than in keys.ts while issue 15's parts land in parallel; nothing
 * else reads or invalidates these.
 */
export const bookingKeys = {
  options: (ref: CalendarRef | null) =>
    ['booking', 'options', ref?.accountId ?? null, ref?.calendarId ?? null] as const,
  patients: (ref: CalendarRef | null, text: string) =>
    ['booking', 'patients', ref?.accountId ?? null, ref?.calendarId ?? null, text] as const,
};

/** Services (with their durations) and the default status of a Docfav practitioner. */
export function useBookingOptions(ref: CalendarRef | null) {
  return useQuery({
    queryKey: bookingKeys.options(ref),
    queryFn: () => (ref ? client['booking:options'](ref) : Promise.reject(new Error('no ref'))),
    enabled: ref !== null,
    staleTime: 5 * 60_000,
  });
}

/**
 * Docfav clients matching what was typed (the caller debounces it). Patient data: it lives in
 * memory only, for as long as the dialog shows it. While a longer word is being looked up, the
 * matches of its beginning stay (they include the new ones), so the list does not flicker under
 * the cursor; the matches of another word never stand in for this one's.
 */
export function useClientMatches(ref: CalendarRef | null, text: string) {
  const query = text.trim();
  const narrows = (before: unknown) =>
    typeof before === 'string' &&
    before.length >= 2 &&
    query.toLocaleLowerCase().startsWith(before.toLocaleLowerCase());
  return useQuery({
    queryKey: bookingKeys.patients(ref, query),
    queryFn: () =>
      ref
        ? client['patients:search']({ ...ref, query })
        : Promise.reject(new Error('no practitioner')),
    enabled: ref !== null && query.length >= 2,
    staleTime: 30_000,
    gcTime: 0,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === ref?.accountId &&
      previousQuery?.queryKey[3] === ref?.calendarId &&
      narrows(previousQuery?.queryKey[4])
        ? previous
        : undefined,
  });
}

export function useCreatePatient() {
  return useMutation({
    mutationFn: (input: ChannelInput<'patients:create'>) => client['patients:create'](input),
  });
}

export type BookOutcome =
  | { status: 'booked'; event: CalendarEvent }
  | { status: 'conflict'; conflicts: Conflict[] }
  | { status: 'pending' }
  | { status: 'failed'; error: unknown };

/** What the pending booking shows until Docfav's answer replaces it. */
export interface BookingShown {
  patientName: string;
  serviceName: string;
}

let placeholders = 0;

/**
 * Books, optimistically: the appointment is drawn at once, pending and not movable, and replaced
 * by what Docfav holds when it answers. A conflict or a refusal takes it away again. When Docfav
 * does not answer, it stays until the next refetch; the main process's journal then says with
 * `booking:settled` how it ended.
 */
export function useBook() {
  const queryClient = useQueryClient();
  return useCallback(
    async (input: BookingInput, shown: BookingShown): Promise<BookOutcome> => {
      const placeholder = pendingEvent(input, shown, (placeholders += 1));
      // A refetch already on its way would land after this and wipe the pending booking.
      await queryClient.cancelQueries({ queryKey: keys.calendar.all });
      showPending(queryClient, placeholder, true);
      try {
        const result = await client['booking:create'](input);
        if (result.status === 'booked') {
          showPending(queryClient, placeholder, false, result.event);
          return result;
        }
        if (result.status === 'conflict') showPending(queryClient, placeholder, false);
        return result;
      } catch (error) {
        showPending(queryClient, placeholder, false);
        void queryClient.invalidateQueries({ queryKey: keys.calendar.all });
        return { status: 'failed', error };
      }
    },
    [queryClient],
  );
}

/** A booking Docfav did not answer has settled (see the main process's write journal). */
export function useBookingSettled(listener: (settled: EventPayload<'booking:settled'>) => void) {
  const queryClient = useQueryClient();
  usePush('booking:settled', (settled) => {
    void queryClient.invalidateQueries({ queryKey: keys.calendar.all });
    listener(settled);
  });
}

function pendingEvent(input: BookingInput, shown: BookingShown, n: number): CalendarEvent {
  const vendorId = `pending-${n}`;
  return {
    id: eventId('docfav', input.accountId, 'docfav-appointment', vendorId),
    vendorId,
    kind: 'docfav-appointment',
    source: 'docfav',
    accountId: input.accountId,
    calendarId: input.calendarId,
    start: input.start,
    end: input.end,
    title: shown.serviceName,
    status: input.status === 'confirmed' ? 'confirmed' : 'waiting',
    vendorStatus: null,
    noShow: false,
    patient: {
      name: shown.patientName,
      phone: null,
      email: null,
      insurance: null,
      clientId: input.clientId,
    },
    reason: shown.serviceName,
    serviceId: input.serviceId,
    note: null,
    recurrence: null,
    timezone: null,
    updatedAt: null,
    actions: [],
  };
}

/**
 * Adds the pending booking to every cached week it falls in (drawn pending, like an unsettled
 * move), or takes it away again, putting Docfav's record in its place when there is one.
 */
function showPending(
  queryClient: QueryClient,
  placeholder: CalendarEvent,
  on: boolean,
  booked?: CalendarEvent,
): void {
  for (const [key, data] of queryClient.getQueriesData<CalendarData>({
    queryKey: keys.calendar.all,
  })) {
    if (!data) continue;
    const [, from, to] = key;
    const inside = (e: CalendarEvent) =>
      typeof from !== 'string' ||
      typeof to !== 'string' ||
      (Date.parse(e.end) > Date.parse(from) && Date.parse(e.start) < Date.parse(to));
    const others = data.events.filter((e) => e.id !== placeholder.id && e.id !== booked?.id);
    const added = [on ? placeholder : null, booked ?? null].filter(
      (e): e is CalendarEvent => e !== null && inside(e),
    );
    const pendingIds = data.pendingIds.filter((id) => id !== placeholder.id);
    queryClient.setQueryData<CalendarData>(key, {
      ...data,
      events: [...others, ...added],
      pendingIds: on && inside(placeholder) ? [...pendingIds, placeholder.id] : pendingIds,
    });
  }
}
