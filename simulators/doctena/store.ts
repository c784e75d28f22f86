/**
 * In-memory data of the Doctena simulator. Records hold `Date`s; `wire.ts` renders them the way
 * the API does. Every mutation goes through a method here so `updated_at` is always bumped, which
 * is what the API's incremental `updated` fetches depend on.
 */

export const BOOKING_STATUSES = [
  'WAITING',
  'HANDLED',
  'EXPIRED',
  'CANCELLED',
  'CONFIRMED',
  'RESCHEDULED',
  // Appears in the spec's single-booking example without being documented.
  'UNVERIFIED',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export type TimeblockStatus = 'ACTIVE' | 'INACTIVE' | 'DELETED';
export type Insurance = 'GKV' | 'PKV';
/** The API sends no_show as a string, so the store keeps it that way. */
export type NoShow = 'true' | 'false';

export interface Calendar {
  _id: string;
  name: string;
  profile_name: string;
}

export interface Timeblock {
  _id: string;
  calendar_id: string;
  /** Wall-clock `HH:MM`, inclusive. */
  begins_at: string;
  /** Wall-clock `HH:MM`, exclusive. */
  ends_at: string;
  activated: boolean;
  status: TimeblockStatus;
  recurrence: string;
  valid_forever: boolean;
  valid_from: Date | null;
  valid_until: Date | null;
  /** Seconds between generated times. */
  beat: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  every_n_weeks: number;
  hide_booked_times: boolean;
  margin_to_first_timeslots: number;
  range_limit_for_timeslots: number;
  updated_at: Date;
}

export interface Contact {
  email: string;
  /** Despite the name, the full name. */
  first_name: string;
  phone_number: string;
}

export interface Booking {
  _id: string;
  calendar_id: string;
  created_at: Date;
  updated_at: Date;
  title: string;
  starts: Date;
  ends: Date;
  status: BookingStatus;
  reason: string;
  no_show: NoShow;
  contact: Contact;
  confirmation_link: string;
  insurance: Insurance;
  problem: string;
}

export interface Blocking {
  _id: string;
  calendar_id: string;
  created_at: Date;
  updated_at: Date;
  title: string;
  starts: Date;
  ends: Date;
  /** RRULE without the `RRULE:` prefix; '' for a one-off blocking. */
  recurrence: string;
}

export type NotificationKind = 'confirmation' | 'cancellation' | 'rescheduling';

/** What `send_notifications` would have sent; the simulator never sends anything. */
export interface SentNotification {
  booking_id: string;
  calendar_id: string;
  kind: NotificationKind;
  channels: ('email' | 'sms')[];
  sent_at: Date;
}

export type TimeblockInput = Pick<Timeblock, 'calendar_id' | 'begins_at' | 'ends_at' | 'weekdays'> &
  Partial<Omit<Timeblock, 'calendar_id' | 'begins_at' | 'ends_at' | 'weekdays'>>;

export type BookingInput = Pick<Booking, 'calendar_id' | 'starts' | 'ends' | 'contact'> &
  Partial<Omit<Booking, 'calendar_id' | 'starts' | 'ends' | 'contact'>>;

export type BookingPatch = Partial<
  Pick<Booking, 'title' | 'starts' | 'ends' | 'status' | 'no_show' | 'confirmation_link'>
>;

export type BlockingInput = Pick<Blocking, 'calendar_id' | 'starts' | 'ends'> &
  Partial<Omit<Blocking, 'calendar_id' | 'starts' | 'ends'>>;

export type BlockingPatch = Partial<Pick<Blocking, 'title' | 'starts' | 'ends' | 'recurrence'>>;

interface Login {
  password: string;
  calendarIds: Set<string>;
}

// Mongo ObjectIds: 4 bytes of seconds, 5 "machine" bytes, a 3-byte counter. Deterministic given
// the clock, so a re-seed at the same `now` reproduces the same ids.
const MACHINE = 'd0c7e7a5a1';

export interface DoctenaStoreOptions {
  now?: () => Date;
}

export class DoctenaStore {
  readonly now: () => Date;
  readonly calendars = new Map<string, Calendar>();
  readonly timeblocks = new Map<string, Timeblock>();
  readonly bookings = new Map<string, Booking>();
  readonly blockings = new Map<string, Blocking>();
  readonly notifications: SentNotification[] = [];
  private readonly logins = new Map<string, Login>();
  private idCounter = 0;

  constructor(options: DoctenaStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  clear(): void {
    this.calendars.clear();
    this.timeblocks.clear();
    this.bookings.clear();
    this.blockings.clear();
    this.notifications.length = 0;
    this.logins.clear();
    this.idCounter = 0;
  }

  newId(at: Date = this.now()): string {
    this.idCounter += 1;
    const seconds = Math.max(0, Math.floor(at.getTime() / 1000)) % 2 ** 32;
    return (
      seconds.toString(16).padStart(8, '0') +
      MACHINE +
      (this.idCounter % 2 ** 24).toString(16).padStart(6, '0')
    );
  }

  // --- logins ---------------------------------------------------------------------------------

  addLogin(login: string, password: string, calendarIds: Iterable<string> = []): void {
    this.logins.set(login, { password, calendarIds: new Set(calendarIds) });
  }

  grant(login: string, calendarId: string): void {
    this.logins.get(login)?.calendarIds.add(calendarId);
  }

  /** The calendar ids the login may see, or undefined for unknown login or wrong password. */
  authenticate(login: string, password: string): ReadonlySet<string> | undefined {
    const entry = this.logins.get(login);
    return entry && entry.password === password ? entry.calendarIds : undefined;
  }

  // --- calendars ------------------------------------------------------------------------------

  addCalendar(input: Omit<Calendar, '_id'> & { _id?: string }): Calendar {
    const calendar: Calendar = { ...input, _id: input._id ?? this.newId() };
    this.calendars.set(calendar._id, calendar);
    return calendar;
  }

  // --- timeblocks -----------------------------------------------------------------------------

  addTimeblock(input: TimeblockInput): Timeblock {
    const activated = input.activated ?? input.status !== 'INACTIVE';
    const timeblock: Timeblock = {
      recurrence: '',
      valid_forever: true,
      valid_from: null,
      valid_until: null,
      beat: 900,
      every_n_weeks: 1,
      hide_booked_times: false,
      margin_to_first_timeslots: 0,
      range_limit_for_timeslots: 0,
      ...input,
      _id: input._id ?? this.newId(input.updated_at),
      activated,
      status: input.status ?? (activated ? 'ACTIVE' : 'INACTIVE'),
      weekdays: [...input.weekdays],
      updated_at: input.updated_at ?? this.now(),
    };
    this.timeblocks.set(timeblock._id, timeblock);
    return timeblock;
  }

  updateTimeblock(
    id: string,
    patch: Partial<Omit<Timeblock, '_id' | 'calendar_id' | 'updated_at'>>,
  ): Timeblock | undefined {
    const current = this.timeblocks.get(id);
    if (!current) return undefined;
    const next: Timeblock = { ...current, ...patch, updated_at: this.now() };
    this.timeblocks.set(id, next);
    return next;
  }

  /** Timeblocks are soft-deleted: they stay visible with `show_deleted=true`. */
  deleteTimeblock(id: string): Timeblock | undefined {
    return this.updateTimeblock(id, { status: 'DELETED', activated: false });
  }

  listTimeblocks(
    calendarId: string,
    filter: { updatedSince?: Date; showDeleted?: boolean } = {},
  ): Timeblock[] {
    return ofCalendar(this.timeblocks, calendarId, filter.updatedSince).filter(
      (t) => filter.showDeleted || t.status !== 'DELETED',
    );
  }

  getTimeblock(calendarId: string, id: string): Timeblock | undefined {
    return inCalendar(this.timeblocks, calendarId, id);
  }

  // --- bookings -------------------------------------------------------------------------------

  /** A patient booking on Doctena; the API itself cannot create bookings. */
  addBooking(input: BookingInput): Booking {
    const booking: Booking = {
      title: `${input.contact.first_name} (doxter)`,
      status: 'WAITING',
      reason: '',
      no_show: 'false',
      confirmation_link: '',
      insurance: 'GKV',
      problem: '',
      ...input,
      ...this.stamps(input),
      contact: { ...input.contact },
    };
    this.bookings.set(booking._id, booking);
    return booking;
  }

  getBooking(calendarId: string, id: string): Booking | undefined {
    return inCalendar(this.bookings, calendarId, id);
  }

  listBookings(
    calendarId: string,
    filter: { updatedSince?: Date; statuses?: ReadonlySet<BookingStatus> } = {},
  ): Booking[] {
    return ofCalendar(this.bookings, calendarId, filter.updatedSince)
      .filter((b) => !filter.statuses || filter.statuses.has(b.status))
      .sort(byStartsThenId);
  }

  updateBooking(id: string, patch: BookingPatch): Booking | undefined {
    return this.patch(this.bookings, id, patch);
  }

  recordNotification(booking: Booking, kind: NotificationKind): SentNotification {
    const sent: SentNotification = {
      booking_id: booking._id,
      calendar_id: booking.calendar_id,
      kind,
      channels: ['email', 'sms'],
      sent_at: this.now(),
    };
    this.notifications.push(sent);
    return sent;
  }

  // --- blockings ------------------------------------------------------------------------------

  addBlocking(input: BlockingInput): Blocking {
    const blocking: Blocking = { title: '', recurrence: '', ...input, ...this.stamps(input) };
    this.blockings.set(blocking._id, blocking);
    return blocking;
  }

  getBlocking(calendarId: string, id: string): Blocking | undefined {
    return inCalendar(this.blockings, calendarId, id);
  }

  listBlockings(calendarId: string, filter: { updatedSince?: Date } = {}): Blocking[] {
    return ofCalendar(this.blockings, calendarId, filter.updatedSince).sort(byStartsThenId);
  }

  updateBlocking(id: string, patch: BlockingPatch): Blocking | undefined {
    return this.patch(this.blockings, id, patch);
  }

  /** The spec has no tombstones for blockings: a deleted blocking simply disappears. */
  deleteBlocking(id: string): boolean {
    return this.blockings.delete(id);
  }

  /** Id and timestamps of a new record: created now unless given, and not updated since. */
  private stamps(input: { _id?: string; created_at?: Date; updated_at?: Date }) {
    const created = input.created_at ?? this.now();
    return {
      _id: input._id ?? this.newId(created),
      created_at: created,
      updated_at: input.updated_at ?? created,
    };
  }

  /** Applies the patch; `updated_at` moves only when something actually changed. */
  private patch<T extends { updated_at: Date }>(
    records: Map<string, T>,
    id: string,
    patch: NoInfer<Partial<T>>,
  ): T | undefined {
    const current = records.get(id);
    if (!current) return undefined;
    const next: T = { ...current, ...definedOnly(patch) };
    if (!sameRecord(current, next)) next.updated_at = this.now();
    records.set(id, next);
    return next;
  }
}

type CalendarRecord = { calendar_id: string; updated_at: Date };

function inCalendar<T extends CalendarRecord>(
  records: Map<string, T>,
  calendarId: string,
  id: string,
): T | undefined {
  const record = records.get(id);
  return record?.calendar_id === calendarId ? record : undefined;
}

/** The calendar's records, only those changed since `updatedSince` when given. */
function ofCalendar<T extends CalendarRecord>(
  records: Map<string, T>,
  calendarId: string,
  updatedSince: Date | undefined,
): T[] {
  return [...records.values()].filter(
    (r) =>
      r.calendar_id === calendarId &&
      (!updatedSince || r.updated_at.getTime() >= updatedSince.getTime()),
  );
}

function byStartsThenId(a: { starts: Date; _id: string }, b: { starts: Date; _id: string }) {
  return a.starts.getTime() - b.starts.getTime() || a._id.localeCompare(b._id);
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameRecord<T extends object>(a: T, b: T): boolean {
  return (Object.keys(b) as (keyof T)[]).every((key) => {
    const x = a[key];
    const y = b[key];
    if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
    return x === y;
  });
}
