import { bookingConflicts, overlaps, type Conflict } from './agenda';
import { ApiError, isoZ, notFound, validationError } from './envelope';
import {
  bodyObject,
  isUuid,
  optionalBoolean,
  queryDate,
  queryDateTime,
  queryEnum,
  queryInt,
  queryUuid,
} from './params';
import { expandRecurring } from './recurring';
import type { Api, ClinicCtx } from './api';
import { parseNewAppointments } from './appointment-body';
import { fullname } from './routes-clients';
import { daysBetween } from './tz';
import { SALE_STATUSES, type Appointment, type StaffCalendar } from './types';

/** availability (the week view's main feed), and appointment create / behaviour / delete. */

const MAX_RANGE_MS = 7 * 86_400_000;
const RESULT_TYPES = [
  'appointments',
  'time_reservations',
  'group_reservations',
  'recurring_events',
] as const;
const SETTABLE_BEHAVIOURS = ['unconfirmed', 'confirmed', 'cancelled', 'no_show'] as const;

function page<T>(list: T[], offset: number, limit: number | undefined): T[] {
  return list.slice(offset, limit === undefined ? undefined : offset + limit);
}

function appointmentJson(ctx: ClinicCtx, a: Appointment) {
  const { store } = ctx;
  const client = a.clientId ? store.clients.get(a.clientId) : undefined;
  const service = store.services.get(a.serviceId);
  return {
    id: a.id,
    client_id: a.clientId,
    client_name: client ? fullname(client) : null,
    service_id: a.serviceId,
    service_name: service?.name ?? null,
    // Docfav's quirk: this "calendar_id" is the STAFF calendar id, not the location's.
    calendar_id: a.staffCalendarId,
    staff_id: store.staffCalendars.get(a.staffCalendarId)?.staffId ?? null,
    booked_from: isoZ(a.from),
    booked_to: isoZ(a.to),
    status: a.behaviour,
    sale_status: a.sale_status,
    note: a.note,
    price: a.price,
    source: a.source,
  };
}

/** local_start_date/local_end_date, or null when either is missing (no recurring events then). */
function localRange(ctx: ClinicCtx): [string, string] | null {
  const start = queryDate(ctx.req.query, 'local_start_date');
  const end = queryDate(ctx.req.query, 'local_end_date');
  if (start === undefined || end === undefined) return null;
  if (end < start) {
    throw validationError('local_end_date', 'local_end_date must not be before local_start_date');
  }
  if (daysBetween(start, end) > 7) {
    throw validationError('local_end_date', 'The local date range must not exceed 7 days');
  }
  return [start, end];
}

function availability(ctx: ClinicCtx) {
  const { store, clinic, req } = ctx;
  const q = req.query;
  const from = queryDateTime(q, 'start_date');
  const to = queryDateTime(q, 'end_date');
  if (to <= from) throw validationError('end_date', 'end_date must be after start_date');
  if (to.getTime() - from.getTime() > MAX_RANGE_MS) {
    throw validationError('end_date', 'The date range must not exceed 7 days');
  }
  const local = localRange(ctx);
  const resultType = queryEnum(q, 'result_type', RESULT_TYPES);
  const clientId = queryUuid(q, 'client_id');
  const staffId = queryUuid(q, 'staff_id');
  const calendarId = queryUuid(q, 'calendar_id');
  const saleStatus = queryEnum(q, 'sale_status', SALE_STATUSES);
  const limit = queryInt(q, 'limit', { min: 1 });
  const offset = queryInt(q, 'offset', { default: 0, min: 0 });

  // calendar_id is ambiguous in Docfav (location vs staff calendar); accept either.
  const scOk = (sc: StaffCalendar | undefined) =>
    !!sc &&
    sc.clinicId === clinic.id &&
    (staffId === undefined || sc.staffId === staffId) &&
    (calendarId === undefined || sc.calendarId === calendarId || sc.id === calendarId);
  const inRange = (e: { staffCalendarId: string; from: Date; to: Date }) =>
    scOk(store.staffCalendars.get(e.staffCalendarId)) && overlaps(e.from, e.to, from, to);
  const byStart = (a: { from: Date }, b: { from: Date }) => a.from.getTime() - b.from.getTime();
  const wants = (type: (typeof RESULT_TYPES)[number]) =>
    resultType === undefined || resultType === type;

  const appointments = wants('appointments')
    ? [...store.appointments.values()]
        .filter(
          (a) =>
            inRange(a) &&
            (clientId === undefined || a.clientId === clientId) &&
            (saleStatus === undefined || a.sale_status === saleStatus),
        )
        .sort(byStart)
    : [];
  const timeReservations = wants('time_reservations')
    ? [...store.timeReservations.values()].filter(inRange).sort(byStart)
    : [];
  const groups = wants('group_reservations')
    ? [...store.groupReservations.values()].filter(inRange).sort(byStart)
    : [];
  const schedules = [...store.recurringSchedules.values()].filter((s) =>
    scOk(store.staffCalendars.get(s.staffCalendarId)),
  );
  const recurring =
    wants('recurring_events') && local ? expandRecurring(store, schedules, local[0], local[1]) : [];

  return {
    data: {
      appointments: page(appointments, offset, limit).map((a) => appointmentJson(ctx, a)),
      time_reservations: page(timeReservations, offset, limit).map((r) => ({
        id: r.id,
        back_office_staff_calendar_id: r.staffCalendarId,
        name: r.name,
        booked_from: isoZ(r.from),
        booked_to: isoZ(r.to),
        note: r.note,
      })),
      // The spec shows this array empty only; these fields are our best reading of the model.
      group_reservations: page(groups, offset, limit).map((g) => ({
        id: g.id,
        back_office_staff_calendar_id: g.staffCalendarId,
        service_id: g.serviceId,
        service_name: g.serviceId ? (store.services.get(g.serviceId)?.name ?? null) : null,
        name: g.name,
        booked_from: isoZ(g.from),
        booked_to: isoZ(g.to),
        capacity: g.capacity,
        participants: g.participants,
        note: g.note,
      })),
      recurring_events: page(recurring, offset, limit),
    },
  };
}

function createAppointments(ctx: ClinicCtx) {
  const { store, clinic } = ctx;
  const input = parseNewAppointments(store, clinic, bodyObject(ctx.req.body));

  // Cancelled bookings occupy nothing, so they never overlap.
  if (!input.force && input.behaviour !== 'cancelled') {
    const conflicts: (Conflict & { index: number })[] = [];
    input.items.forEach((item, index) => {
      for (const c of bookingConflicts(store, item.staffCalendar.id, item.from, item.to)) {
        conflicts.push({ index, ...c });
      }
      input.items.slice(0, index).forEach((earlier) => {
        if (
          earlier.staffCalendar.id === item.staffCalendar.id &&
          overlaps(earlier.from, earlier.to, item.from, item.to)
        ) {
          conflicts.push({
            index,
            type: 'appointment',
            id: null,
            from: isoZ(earlier.from),
            to: isoZ(earlier.to),
          });
        }
      });
    });
    if (conflicts.length > 0) {
      throw new ApiError(
        409,
        'APPOINTMENT_OVERLAP',
        'The appointment overlaps another appointment or time reservation of the staff calendar. Send force: true to book it anyway',
        { conflicts },
      );
    }
  }

  const created = input.items.map((item) =>
    store.createAppointment({
      clinicId: clinic.id,
      clientId: input.client?.id ?? null,
      serviceId: item.service.id,
      staffCalendarId: item.staffCalendar.id,
      from: item.from,
      to: item.to,
      behaviour: input.behaviour,
      sale_status: 'pending',
      note: item.note,
      price: item.service.price,
      source: 'api',
      sendReminder: input.sendReminder,
    }),
  );
  return {
    status: 201,
    data: created.map((a) => ({
      id: a.id,
      appointment_number: a.appointment_number,
      client_id: a.clientId,
      service_id: a.serviceId,
      service_name: store.services.get(a.serviceId)?.name ?? null,
      booked_from: isoZ(a.from),
      booked_to: isoZ(a.to),
      status: a.behaviour,
      note: a.note,
    })),
  };
}

function findAppointment(ctx: ClinicCtx): Appointment {
  const id = ctx.req.params.appointmentId ?? '';
  const a = isUuid(id) ? ctx.store.appointments.get(id) : undefined;
  if (!a || a.clinicId !== ctx.clinic.id) throw notFound('Appointment');
  return a;
}

function setBehaviour(ctx: ClinicCtx) {
  const body = bodyObject(ctx.req.body);
  const behaviour = body.behaviour;
  if (behaviour === undefined || behaviour === null) {
    throw validationError('behaviour', 'behaviour is required');
  }
  if (
    typeof behaviour !== 'string' ||
    !(SETTABLE_BEHAVIOURS as readonly string[]).includes(behaviour)
  ) {
    throw validationError(
      'behaviour',
      `behaviour must be one of ${SETTABLE_BEHAVIOURS.join(', ')}, got ${JSON.stringify(behaviour)}`,
    );
  }
  optionalBoolean(body, 'force_capacity_increase');
  optionalBoolean(body, 'cancel_participants');
  const appointment = findAppointment(ctx);
  appointment.behaviour = behaviour as Appointment['behaviour'];
  return {
    data: {
      appointment_id: appointment.id,
      behaviour: appointment.behaviour,
      message: 'Appointment behaviour updated successfully',
    },
  };
}

export function registerAppointmentRoutes(api: Api): void {
  api.clinicRoute('GET', '/availability', ['appointments:read'], availability);
  api.clinicRoute('POST', '/appointments', ['appointments:write'], createAppointments);
  api.clinicRoute(
    'PUT',
    '/appointments/:appointmentId/behaviour',
    ['appointments:write'],
    setBehaviour,
  );
  api.clinicRoute('DELETE', '/appointments/:appointmentId', ['appointments:write'], (ctx) => {
    const a = findAppointment(ctx);
    ctx.store.appointments.delete(a.id);
    return { data: { message: 'Appointment deleted successfully' } };
  });
}
