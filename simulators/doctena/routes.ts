import { Router, type Handler, type SimRequest, type SimResponse } from '../kit/server';
import { planBlockingCreate, planBlockingUpdate } from './blocking-rules';
import { planBookingUpdate, readStatusFilter } from './booking-rules';
import { queryFlag, readUpdated } from './params';
import type { Calendar, DoctenaStore } from './store';
import { blockingToWire, bookingToWire, calendarToWire, timeblockToWire } from './wire';

/** Every endpoint of the Doctena Sync API v2.1, relative to the `/api/v2` base path. */

const UNAUTHORIZED: SimResponse = {
  status: 401,
  body: { error: 'Unauthorized' },
  headers: { 'WWW-Authenticate': 'Basic realm="Doctena"' },
};

const ok = (body: unknown): SimResponse => ({ status: 200, body });
const badRequest = (error: string): SimResponse => ({ status: 400, body: { error } });
const notFound = (error: string): SimResponse => ({ status: 404, body: { error } });

function basicCredentials(req: SimRequest): { login: string; password: string } | undefined {
  const header = req.headers.authorization;
  const m = header ? /^Basic\s+(\S+)\s*$/i.exec(header) : null;
  if (!m) return undefined;
  const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { login: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Request parameters of a write. Like the Rails app behind the real API, query parameters count
 * too; the body wins when both carry the same name.
 */
function writeParams(
  req: SimRequest,
): { ok: true; params: Record<string, unknown> } | { ok: false; response: SimResponse } {
  if (req.body === null) {
    return { ok: false, response: badRequest('request body is neither JSON nor form data') };
  }
  if (Array.isArray(req.body)) {
    return { ok: false, response: badRequest('request body must be an object') };
  }
  return { ok: true, params: { ...Object.fromEntries(req.query), ...req.body } };
}

export function createDoctenaRouter(store: DoctenaStore): Router {
  const router = new Router();

  const authed =
    (handler: (req: SimRequest, visible: ReadonlySet<string>) => SimResponse): Handler =>
    (req) => {
      const creds = basicCredentials(req);
      const visible = creds && store.authenticate(creds.login, creds.password);
      return visible ? handler(req, visible) : UNAUTHORIZED;
    };

  // A calendar the login cannot see is indistinguishable from one that does not exist.
  const onCalendar = (handler: (req: SimRequest, calendar: Calendar) => SimResponse): Handler =>
    authed((req, visible) => {
      const id = req.params.cid ?? '';
      const calendar = store.calendars.get(id);
      if (!calendar || !visible.has(id)) return notFound('Calendar not found');
      return handler(req, calendar);
    });

  // `curl -I`, as the spec's error examples use, sends HEAD.
  const get = (path: string, handler: Handler) =>
    router.on('GET', path, handler).on('HEAD', path, handler);

  get(
    '/calendars',
    authed((_req, visible) =>
      ok([...store.calendars.values()].filter((c) => visible.has(c._id)).map(calendarToWire)),
    ),
  );

  get(
    '/calendars/:cid',
    onCalendar((_req, calendar) => ok(calendarToWire(calendar))),
  );

  get(
    '/calendars/:cid/timeblocks',
    onCalendar((req, calendar) => {
      const updated = readUpdated(req.query);
      if (!updated.ok) return badRequest(updated.error);
      const list = store.listTimeblocks(calendar._id, {
        updatedSince: updated.value,
        showDeleted: queryFlag(req.query, 'show_deleted'),
      });
      return ok(list.map(timeblockToWire));
    }),
  );

  get(
    '/calendars/:cid/timeblocks/:id',
    onCalendar((req, calendar) => {
      const timeblock = store.getTimeblock(calendar._id, req.params.id ?? '');
      return timeblock ? ok(timeblockToWire(timeblock)) : notFound('Timeblock not found');
    }),
  );

  get(
    '/calendars/:cid/bookings',
    onCalendar((req, calendar) => {
      const updated = readUpdated(req.query);
      if (!updated.ok) return badRequest(updated.error);
      if (!updated.value) return badRequest('updated is missing');
      const statuses = readStatusFilter(req.query);
      if (!statuses.ok) return badRequest(statuses.error);
      const list = store.listBookings(calendar._id, {
        updatedSince: updated.value,
        statuses: statuses.value,
      });
      return ok(list.map(bookingToWire));
    }),
  );

  get(
    '/calendars/:cid/bookings/:id',
    onCalendar((req, calendar) => {
      const booking = store.getBooking(calendar._id, req.params.id ?? '');
      return booking ? ok(bookingToWire(booking)) : notFound('Booking not found');
    }),
  );

  router.on(
    'PUT',
    '/calendars/:cid/bookings/:id',
    onCalendar((req, calendar) => {
      const booking = store.getBooking(calendar._id, req.params.id ?? '');
      if (!booking) return notFound('Booking not found');
      const input = writeParams(req);
      if (!input.ok) return input.response;
      const plan = planBookingUpdate(booking, input.params, store.now());
      if (!plan.ok) return badRequest(plan.error);
      const updated = store.updateBooking(booking._id, plan.value.patch) ?? booking;
      if (plan.value.notification) store.recordNotification(updated, plan.value.notification);
      return ok(bookingToWire(updated));
    }),
  );

  get(
    '/calendars/:cid/blockings',
    onCalendar((req, calendar) => {
      const updated = readUpdated(req.query);
      if (!updated.ok) return badRequest(updated.error);
      if (!updated.value) return badRequest('updated is missing');
      return ok(
        store.listBlockings(calendar._id, { updatedSince: updated.value }).map(blockingToWire),
      );
    }),
  );

  router.on(
    'POST',
    '/calendars/:cid/blockings',
    onCalendar((req, calendar) => {
      const input = writeParams(req);
      if (!input.ok) return input.response;
      const plan = planBlockingCreate(input.params);
      if (!plan.ok) return badRequest(plan.error);
      // The spec documents only a body for the created blocking, no 201.
      return ok(blockingToWire(store.addBlocking({ ...plan.value, calendar_id: calendar._id })));
    }),
  );

  router.on(
    'PUT',
    '/calendars/:cid/blockings/:id',
    onCalendar((req, calendar) => {
      const blocking = store.getBlocking(calendar._id, req.params.id ?? '');
      if (!blocking) return notFound('Blocking not found');
      const input = writeParams(req);
      if (!input.ok) return input.response;
      const plan = planBlockingUpdate(blocking, input.params);
      if (!plan.ok) return badRequest(plan.error);
      return ok(blockingToWire(store.updateBlocking(blocking._id, plan.value) ?? blocking));
    }),
  );

  router.on(
    'DELETE',
    '/calendars/:cid/blockings/:id',
    onCalendar((req, calendar) => {
      const blocking = store.getBlocking(calendar._id, req.params.id ?? '');
      if (!blocking) return notFound('Blocking not found');
      store.deleteBlocking(blocking._id);
      return ok({});
    }),
  );

  return router;
}
