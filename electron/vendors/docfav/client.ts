import { z } from 'zod';
import { AppError, type ErrorReason } from '../../../shared/errors';
import { daysBetween, formatInstant, parseLocalDate } from '../../../shared/time';
import type { Logger } from '../../log';
import {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type QueryValue,
} from '../http';
import { checkPathIds, logUnreadable, markUnreadable, unreadableIn } from '../wire';
import { describeDocfavError } from './errors';
import {
  DOCFAV_ID,
  DocfavAvailability,
  DocfavAvailabilityCheck,
  DocfavBehaviourResult,
  DocfavClientRecord,
  DocfavClientMatches,
  DocfavClientPage,
  DocfavClinic,
  DocfavClinics,
  DocfavCreatedAppointment,
  DocfavCreatedClient,
  DocfavDeleteResult,
  DocfavLocations,
  DocfavMe,
  DocfavOccupied,
  DocfavProfiles,
  DocfavServices,
  DocfavSlots,
  DocfavStaffCalendars,
  DocfavStaffList,
  DocfavStaffSchedules,
  envelope,
  type DocfavStaffCalendar,
} from './schemas';

/** Typed access to every endpoint of the Docfav Public API v1. Answers come back unwrapped. */

export interface DocfavClientOptions {
  /** e.g. https://www.docfav.com/api-connector/v1 */
  baseUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  logger: Logger;
  timeoutMs?: number;
  /** Test seams: retry policy, clock, jitter, a shared budget. */
  http?: Pick<HttpClientOptions, 'retry' | 'clock' | 'random' | 'budget'>;
}

/** Date-times go to Docfav in UTC: `2026-03-05T23:00:00Z`. */
export type InstantArg = string | Date | number;

export const DOCFAV_MAX_RANGE_MS = 7 * 86_400_000;
const STAFF_CALENDAR_PAGE = 100;
// A clinic with more than 100 pages of staff calendars is a runaway loop, not a clinic.
const MAX_PAGES = 100;

export type DocfavBehaviour = 'unconfirmed' | 'confirmed' | 'cancelled' | 'no_show';
export type DocfavResultType =
  'appointments' | 'time_reservations' | 'group_reservations' | 'recurring_events';

export interface DocfavAvailabilityQuery {
  clinicId: string;
  /** UTC range for appointments and reservations; at most 7 days. */
  startUtc: InstantArg;
  endUtc: InstantArg;
  /** Both needed for recurring events (YYYY-MM-DD, the clinic's local dates). */
  localStartDate?: string;
  localEndDate?: string;
  resultType?: DocfavResultType;
  clientId?: string;
  staffId?: string;
  calendarId?: string;
  saleStatus?: string;
  limit?: number;
  offset?: number;
}

export interface DocfavNewAppointments {
  /** Omit for a walk-in. */
  client?: string;
  timezone?: string;
  appointments: {
    service: string;
    staffCalendar: string;
    from: InstantArg;
    to: InstantArg;
    note?: string;
  }[];
  sendReminder?: boolean;
  behaviour?: 'confirmed' | 'pending' | 'cancelled';
  /** Book even when it overlaps. */
  force?: boolean;
}

export interface DocfavNewClient {
  name?: string;
  surname?: string;
  email?: string;
  telephone?: string;
  walkIn?: boolean;
}

function utc(value: InstantArg, field: string): string {
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  if (Number.isNaN(ms)) throw invalid('bad-date', field);
  return formatInstant(ms);
}

function invalid(reason: ErrorReason, field: string): AppError {
  return new AppError('validation', { vendor: 'docfav', reason, field });
}

function checkLocalRange(start: string | undefined, end: string | undefined): void {
  if (start === undefined && end === undefined) return;
  const a = start === undefined ? undefined : parseLocalDate(start);
  const b = end === undefined ? undefined : parseLocalDate(end);
  if (!a || !b) {
    throw invalid('recurring-dates-missing', 'local_start_date');
  }
  const days = daysBetween(a, b);
  if (days < 0 || days > 7) {
    throw invalid('range-too-long', 'local_end_date');
  }
}

/** The UTC range, refused before sending when Docfav would refuse it anyway. */
export function checkAvailabilityRange(startUtc: InstantArg, endUtc: InstantArg) {
  const start = utc(startUtc, 'start_date');
  const end = utc(endUtc, 'end_date');
  const span = Date.parse(end) - Date.parse(start);
  if (span <= 0) throw invalid('end-not-after-start', 'end_date');
  if (span > DOCFAV_MAX_RANGE_MS) throw invalid('range-too-long', 'end_date');
  return { start, end };
}

export function createDocfavClient(options: DocfavClientOptions) {
  const http: HttpClient = createHttpClient({
    vendor: 'Docfav',
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: () => ({ 'X-Api-Key': options.apiKey }),
    logger: options.logger,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...options.http,
    describeError: describeDocfavError,
  });

  /**
   * Sends a request and returns the envelope's `data`. Path ids are checked before anything is
   * sent; list items the answer could not read are logged (ids only) and left out.
   */
  async function call<S extends z.ZodType>(
    req: Omit<HttpRequest<S>, 'schema'> & { data: S },
  ): Promise<z.output<S>> {
    const { data, ...rest } = req;
    checkPathIds(rest.params, DOCFAV_ID, 'docfav');
    const body = await http.request({ ...rest, schema: envelope(data) });
    logUnreadable(options.logger, 'docfav', rest.path, body.data);
    return body.data as z.output<S>;
  }

  const clinicPath = '/backofficeclinics/:clinicId';
  const calendarPath = `${clinicPath}/calendars/:calendarId`;

  const get = <S extends z.ZodType>(
    path: string,
    params: Record<string, string>,
    data: S,
    query?: Record<string, QueryValue>,
  ) => call({ method: 'GET', path, params, data, ...(query ? { query } : {}) });

  return {
    budget: http.budget,

    me: () => get('/me', {}, DocfavMe),
    profiles: () => get('/profiles', {}, DocfavProfiles),
    clinics: () => get('/backofficeclinics', {}, DocfavClinics),
    clinic: (clinicId: string) => get(clinicPath, { clinicId }, DocfavClinic),
    /** The clinic's locations (Docfav's "calendars"). */
    calendars: (clinicId: string) => get(`${clinicPath}/calendars`, { clinicId }, DocfavLocations),
    staff: (clinicId: string) => get(`${clinicPath}/staff`, { clinicId }, DocfavStaffList),

    /** Every staff calendar of the clinic, following limit/offset to the last page. */
    staffCalendars: async (
      clinicId: string,
      filter: { calendarId?: string; staffId?: string; orderBy?: string } = {},
    ) => {
      const all: DocfavStaffCalendar[] = [];
      // Counted as sent, unreadable items included, so that a left-out item shifts no page.
      let offset = 0;
      for (let page = 0; page < MAX_PAGES; page++) {
        const batch = await get(
          `${clinicPath}/staffcalendars`,
          { clinicId },
          DocfavStaffCalendars,
          {
            calendar_id: filter.calendarId,
            staff_id: filter.staffId,
            order_by: filter.orderBy,
            limit: STAFF_CALENDAR_PAGE,
            offset,
          },
        );
        const skipped = unreadableIn(batch);
        all.push(...batch);
        markUnreadable(all, skipped);
        offset += batch.length + skipped.length;
        if (batch.length + skipped.length < STAFF_CALENDAR_PAGE) break;
      }
      return all;
    },

    services: (clinicId: string) => get(`${clinicPath}/services`, { clinicId }, DocfavServices),

    listClients: (
      clinicId: string,
      query: {
        limit?: number;
        offset?: number;
        orderBy?: string;
        gender?: 'male' | 'female';
        minAge?: number;
        maxAge?: number;
        activityFrom?: string;
        activityTo?: string;
      } = {},
    ) =>
      get(`${clinicPath}/clients`, { clinicId }, DocfavClientPage, {
        limit: query.limit,
        offset: query.offset,
        order_by: query.orderBy,
        gender: query.gender,
        min_age: query.minAge,
        max_age: query.maxAge,
        activity_from: query.activityFrom,
        activity_to: query.activityTo,
      }),

    getClient: (clinicId: string, clientId: string) =>
      get(`${clinicPath}/clients/:clientId`, { clinicId, clientId }, DocfavClientRecord),

    /** The keyword is patient data: it is sent, never logged. */
    autocompleteClients: (
      clinicId: string,
      query: { keyword: string; limit?: number; offset?: number; orderBy?: string },
    ) =>
      get(`${clinicPath}/clients/autocomplete`, { clinicId }, DocfavClientMatches, {
        keyword: query.keyword,
        limit: query.limit,
        offset: query.offset,
        order_by: query.orderBy,
      }),

    createClient: (clinicId: string, input: DocfavNewClient) =>
      call({
        method: 'POST',
        path: `${clinicPath}/clients`,
        params: { clinicId },
        body: {
          json: {
            name: input.name,
            surname: input.surname,
            email: input.email,
            telephone: input.telephone,
            walk_in: input.walkIn,
          },
        },
        data: DocfavCreatedClient,
      }),

    /** Working hours, day offs and time offs per staff calendar of a location (local times). */
    schedules: (
      clinicId: string,
      calendarId: string,
      range: { startDate: string; endDate?: string },
    ) =>
      get(`${calendarPath}/schedules`, { clinicId, calendarId }, DocfavStaffSchedules, {
        start_date: range.startDate,
        end_date: range.endDate,
      }),

    occupied: (
      clinicId: string,
      calendarId: string,
      range: { startDate: string; endDate: string; staffCalendarId?: string },
    ) =>
      get(`${calendarPath}/occupied`, { clinicId, calendarId }, DocfavOccupied, {
        start_date: range.startDate,
        end_date: range.endDate,
        staff_calendar_id: range.staffCalendarId,
      }),

    checkAvailability: async (
      clinicId: string,
      calendarId: string,
      query: { from: InstantArg; to: InstantArg; staffCalendarId: string },
    ) =>
      get(`${calendarPath}/check-availability`, { clinicId, calendarId }, DocfavAvailabilityCheck, {
        from: utc(query.from, 'from'),
        to: utc(query.to, 'to'),
        staff_calendar_id: query.staffCalendarId,
      }),

    availableSlots: (
      clinicId: string,
      calendarId: string,
      query: {
        startDate: string;
        endDate: string;
        staffCalendarId?: string;
        slotDuration?: number;
        serviceDuration?: number;
      },
    ) =>
      get(`${calendarPath}/available-slots`, { clinicId, calendarId }, DocfavSlots, {
        start_date: query.startDate,
        end_date: query.endDate,
        staff_calendar_id: query.staffCalendarId,
        slot_duration: query.slotDuration,
        service_duration: query.serviceDuration,
      }),

    /**
     * Appointments, reservations and recurring events of up to 7 days. A longer range is refused
     * here, before it costs a request; see `availabilityInChunks` for longer (and DST) weeks.
     */
    availability: async (query: DocfavAvailabilityQuery) => {
      const { start, end } = checkAvailabilityRange(query.startUtc, query.endUtc);
      checkLocalRange(query.localStartDate, query.localEndDate);
      return get(`${clinicPath}/availability`, { clinicId: query.clinicId }, DocfavAvailability, {
        start_date: start,
        end_date: end,
        local_start_date: query.localStartDate,
        local_end_date: query.localEndDate,
        result_type: query.resultType,
        client_id: query.clientId,
        staff_id: query.staffId,
        calendar_id: query.calendarId,
        sale_status: query.saleStatus,
        limit: query.limit,
        offset: query.offset,
      });
    },

    createAppointments: async (clinicId: string, input: DocfavNewAppointments) =>
      call({
        method: 'POST',
        path: `${clinicPath}/appointments`,
        params: { clinicId },
        body: {
          json: {
            client: input.client,
            timezone: input.timezone,
            appointments: input.appointments.map((a) => ({
              service: a.service,
              back_office_staff_calendar: a.staffCalendar,
              from: utc(a.from, 'from'),
              to: utc(a.to, 'to'),
              note: a.note,
            })),
            send_reminder: input.sendReminder,
            behaviour: input.behaviour,
            force: input.force,
          },
        },
        data: z.array(DocfavCreatedAppointment),
      }),

    setBehaviour: (
      clinicId: string,
      appointmentId: string,
      input: {
        behaviour: DocfavBehaviour;
        forceCapacityIncrease?: boolean;
        cancelParticipants?: boolean;
      },
    ) =>
      call({
        method: 'PUT',
        path: `${clinicPath}/appointments/:appointmentId/behaviour`,
        params: { clinicId, appointmentId },
        // Setting a status twice leaves it set; the HTTP layer may repeat it.
        idempotent: true,
        body: {
          json: {
            behaviour: input.behaviour,
            force_capacity_increase: input.forceCapacityIncrease,
            cancel_participants: input.cancelParticipants,
          },
        },
        data: DocfavBehaviourResult,
      }),

    deleteAppointment: async (clinicId: string, appointmentId: string): Promise<void> => {
      await call({
        method: 'DELETE',
        path: `${clinicPath}/appointments/:appointmentId`,
        params: { clinicId, appointmentId },
        // A repeat finds it gone (404), which callers treat as deleted.
        idempotent: true,
        data: DocfavDeleteResult.nullish(),
      });
    },
  };
}

export type DocfavClient = ReturnType<typeof createDocfavClient>;
