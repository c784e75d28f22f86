import { AppError } from '../../../shared/errors';
import type { Logger } from '../../log';
import type { z } from 'zod';
import {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type VendorError,
} from '../http';
import { checkPathIds, logUnreadable } from '../wire';
import {
  DOCTENA_ID,
  DoctenaBlocking,
  DoctenaBlockings,
  DoctenaBooking,
  DoctenaBookings,
  DoctenaCalendar,
  DoctenaCalendars,
  DoctenaEmpty,
  DoctenaErrorBody,
  DoctenaTimeblock,
  DoctenaTimeblocks,
} from './schemas';

/**
 * Typed access to every endpoint of the Doctena Sync API v2.1. Writes go as form fields, exactly
 * like the spec's curl examples; times are sent as given (ISO 8601 with an offset).
 */

export interface DoctenaClientOptions {
  /** e.g. https://www.doxter.de/api/v2 */
  baseUrl: string;
  login: string;
  password: string;
  fetch: typeof fetch;
  logger: Logger;
  timeoutMs?: number;
  /** Test seams: retry policy, clock, jitter. */
  http?: Pick<HttpClientOptions, 'retry' | 'clock' | 'random' | 'budget'>;
}

/** The status words a PUT accepts. The API reads CANCELED (one L) and answers CANCELLED. */
export type DoctenaWriteStatus = 'CONFIRMED' | 'RESCHEDULED' | 'CANCELED';

export interface DoctenaBookingUpdate {
  title?: string;
  starts?: string;
  ends?: string;
  status?: DoctenaWriteStatus;
  /** Only after the start has passed, and only with the booking cancelled (or status CANCELED). */
  noShow?: boolean;
  sendNotifications?: boolean;
}

export interface DoctenaBlockingInput {
  title?: string;
  starts: string;
  ends: string;
  /** RRULE; omit for a one-off blocking. */
  recurrence?: string;
}

export type DoctenaBlockingUpdate = Partial<DoctenaBlockingInput>;

const C = '/calendars/:calendarId';

// Doctena's error bodies are free text ("Booking not found"); we only use them to pick a message.
function describeDoctenaError(status: number, body: unknown): VendorError | undefined {
  const parsed = DoctenaErrorBody.safeParse(body);
  const text = parsed.success ? parsed.data.error.toLowerCase() : '';
  if (status === 404) {
    const what = text.includes('calendar')
      ? 'calendar'
      : text.includes('blocking')
        ? 'blocking'
        : text.includes('booking')
          ? 'booking'
          : 'item';
    // A calendar this login no longer sees is a settings problem, not a deleted appointment.
    return {
      details:
        what === 'calendar' ? { notFound: what, reason: 'calendar-gone' } : { notFound: what },
    };
  }
  if (status === 400 && text.includes('no_show'))
    return { details: { reason: 'no-show-too-early' } };
  return undefined;
}

function encodeBasic(login: string, password: string): string {
  return Buffer.from(`${login}:${password}`, 'utf8').toString('base64');
}

function requireSome(values: Record<string, unknown>, what: string): void {
  if (Object.values(values).every((v) => v === undefined)) {
    throw new AppError('validation', { vendor: 'doctena', reason: 'nothing-to-change', what });
  }
}

export function createDoctenaClient(options: DoctenaClientOptions) {
  const authorization = `Basic ${encodeBasic(options.login, options.password)}`;
  const raw: HttpClient = createHttpClient({
    vendor: 'Doctena',
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: () => ({ Authorization: authorization }),
    logger: options.logger,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...options.http,
    describeError: describeDoctenaError,
  });

  /** Every request: ids checked before anything is sent, unreadable list items logged. */
  const http = {
    async request<S extends z.ZodType>(req: HttpRequest<S>): Promise<z.output<S>> {
      checkPathIds(req.params, DOCTENA_ID, 'doctena');
      const data = await raw.request(req);
      logUnreadable(options.logger, 'doctena', req.path, data);
      return data;
    },
  };

  return {
    budget: raw.budget,

    /** Every calendar of every account this login can see. */
    listCalendars: () =>
      http.request({ method: 'GET', path: '/calendars', schema: DoctenaCalendars }),

    getCalendar: (calendarId: string) =>
      http.request({ method: 'GET', path: C, params: { calendarId }, schema: DoctenaCalendar }),

    listTimeblocks: (input: { calendarId: string; updated?: string; showDeleted?: boolean }) =>
      http.request({
        method: 'GET',
        path: `${C}/timeblocks`,
        params: { calendarId: input.calendarId },
        query: { updated: input.updated, show_deleted: input.showDeleted },
        schema: DoctenaTimeblocks,
      }),

    getTimeblock: (calendarId: string, id: string) =>
      http.request({
        method: 'GET',
        path: `${C}/timeblocks/:id`,
        params: { calendarId, id },
        schema: DoctenaTimeblock,
      }),

    /** Bookings changed at or after `updated` (required by the API), cancelled ones included. */
    listBookings: (input: { calendarId: string; updated: string; status?: string | string[] }) =>
      http.request({
        method: 'GET',
        path: `${C}/bookings`,
        params: { calendarId: input.calendarId },
        query: {
          updated: input.updated,
          status: Array.isArray(input.status) ? input.status.join(',') : input.status,
        },
        schema: DoctenaBookings,
      }),

    getBooking: (calendarId: string, id: string) =>
      http.request({
        method: 'GET',
        path: `${C}/bookings/:id`,
        params: { calendarId, id },
        schema: DoctenaBooking,
      }),

    /** No side effects unless `sendNotifications`; moving `starts` makes the booking RESCHEDULED. */
    updateBooking: async (calendarId: string, id: string, update: DoctenaBookingUpdate) => {
      const form = {
        title: update.title,
        starts: update.starts,
        ends: update.ends,
        status: update.status,
        no_show: update.noShow,
        send_notifications: update.sendNotifications,
      };
      requireSome(form, 'booking');
      return http.request({
        method: 'PUT',
        path: `${C}/bookings/:id`,
        params: { calendarId, id },
        body: { form },
        schema: DoctenaBooking,
      });
    },

    listBlockings: (input: { calendarId: string; updated: string }) =>
      http.request({
        method: 'GET',
        path: `${C}/blockings`,
        params: { calendarId: input.calendarId },
        query: { updated: input.updated },
        schema: DoctenaBlockings,
      }),

    createBlocking: (calendarId: string, input: DoctenaBlockingInput) =>
      http.request({
        method: 'POST',
        path: `${C}/blockings`,
        params: { calendarId },
        body: {
          form: {
            title: input.title,
            starts: input.starts,
            ends: input.ends,
            recurrence: input.recurrence,
          },
        },
        schema: DoctenaBlocking,
      }),

    updateBlocking: async (calendarId: string, id: string, update: DoctenaBlockingUpdate) => {
      const form = {
        title: update.title,
        starts: update.starts,
        ends: update.ends,
        recurrence: update.recurrence,
      };
      requireSome(form, 'blocked time');
      return http.request({
        method: 'PUT',
        path: `${C}/blockings/:id`,
        params: { calendarId, id },
        body: { form },
        schema: DoctenaBlocking,
      });
    },

    deleteBlocking: async (calendarId: string, id: string): Promise<void> => {
      await http.request({
        method: 'DELETE',
        path: `${C}/blockings/:id`,
        params: { calendarId, id },
        schema: DoctenaEmpty,
        // A repeat finds it gone (404), which callers treat as deleted; nobody is notified.
        idempotent: true,
      });
    },
  };
}

export type DoctenaClient = ReturnType<typeof createDoctenaClient>;
