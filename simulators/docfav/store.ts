import { randomUUID } from 'node:crypto';
import {
  SCOPES,
  type ApiKey,
  type Appointment,
  type Client,
  type Clinic,
  type DayOff,
  type GroupReservation,
  type Location,
  type Profile,
  type RecurringSchedule,
  type Service,
  type Staff,
  type StaffCalendar,
  type TimeOff,
  type TimeReservation,
  type User,
  type WeeklyHours,
} from './types';

export * from './types';

export const DEFAULT_RATE_LIMIT_PER_HOUR = 1000;
const HOUR_MS = 3_600_000;

export interface DocfavStoreOptions {
  /** The simulator's clock: rate-limit windows, key expiry, `meta.timestamp`, ages. */
  now?: () => Date;
  /** Default hourly budget for keys added without one. */
  rateLimitPerHour?: number;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Unix seconds when the current window ends. */
  reset: number;
}

export type NewApiKey = Pick<ApiKey, 'key' | 'userId'> & Partial<Omit<ApiKey, 'key' | 'userId'>>;

export type NewClient = Pick<Client, 'clinicId' | 'firstname' | 'lastname'> &
  Partial<Omit<Client, 'id' | 'client_number' | 'clinicId' | 'firstname' | 'lastname'>> & {
    id?: string;
  };

export type NewAppointment = Omit<Appointment, 'id' | 'appointment_number' | 'createdAt'> & {
  id?: string;
  createdAt?: Date;
};

export class DocfavStore {
  readonly now: () => Date;
  rateLimitPerHour: number;

  readonly apiKeys = new Map<string, ApiKey>();
  readonly users = new Map<string, User>();
  readonly profiles = new Map<string, Profile>();
  readonly clinics = new Map<string, Clinic>();
  /** Docfav's "calendars": locations. */
  readonly calendars = new Map<string, Location>();
  readonly staff = new Map<string, Staff>();
  readonly staffCalendars = new Map<string, StaffCalendar>();
  readonly services = new Map<string, Service>();
  readonly clients = new Map<string, Client>();
  readonly appointments = new Map<string, Appointment>();
  readonly timeReservations = new Map<string, TimeReservation>();
  readonly groupReservations = new Map<string, GroupReservation>();
  readonly recurringSchedules = new Map<string, RecurringSchedule>();
  /** Keyed by staff calendar id. */
  readonly workingHours = new Map<string, WeeklyHours>();
  readonly dayOffs = new Map<string, DayOff>();
  readonly timeOffs = new Map<string, TimeOff>();

  private readonly rateWindows = new Map<string, { start: number; count: number }>();
  private nextClientNumber = 1001;
  private nextAppointmentNumber = 12001;

  constructor(options: DocfavStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.rateLimitPerHour = options.rateLimitPerHour ?? DEFAULT_RATE_LIMIT_PER_HOUR;
  }

  clear(): void {
    for (const map of [
      this.apiKeys,
      this.users,
      this.profiles,
      this.clinics,
      this.calendars,
      this.staff,
      this.staffCalendars,
      this.services,
      this.clients,
      this.appointments,
      this.timeReservations,
      this.groupReservations,
      this.recurringSchedules,
      this.workingHours,
      this.dayOffs,
      this.timeOffs,
      this.rateWindows,
    ] as Map<string, unknown>[]) {
      map.clear();
    }
    this.nextClientNumber = 1001;
    this.nextAppointmentNumber = 12001;
  }

  addApiKey(input: NewApiKey): ApiKey {
    const key: ApiKey = {
      scopes: [...SCOPES],
      status: 'active',
      expiresAt: null,
      allowedIps: null,
      rateLimitPerHour: this.rateLimitPerHour,
      ...input,
    };
    this.apiKeys.set(key.key, key);
    this.rateWindows.delete(key.key);
    return key;
  }

  put<T extends { id: string }>(map: Map<string, T>, entity: T): T {
    map.set(entity.id, entity);
    return entity;
  }

  createClient(input: NewClient): Client {
    const client: Client = {
      email: null,
      phone: null,
      gender: null,
      birthDate: null,
      address: null,
      city: null,
      province: null,
      post_code: null,
      country_code: 'ES',
      id_card: null,
      note: null,
      tags: [],
      is_active: true,
      is_company: false,
      walk_in: false,
      receive_reminders: true,
      receive_campaigns: false,
      has_photo: false,
      createdAt: this.now(),
      ...input,
      id: input.id ?? randomUUID(),
      client_number: this.nextClientNumber++,
    };
    this.clients.set(client.id, client);
    return client;
  }

  createAppointment(input: NewAppointment): Appointment {
    const appointment: Appointment = {
      ...input,
      id: input.id ?? randomUUID(),
      appointment_number: this.nextAppointmentNumber++,
      createdAt: input.createdAt ?? this.now(),
    };
    this.appointments.set(appointment.id, appointment);
    return appointment;
  }

  findClientByEmail(clinicId: string, email: string): Client | undefined {
    const wanted = email.trim().toLowerCase();
    for (const c of this.clients.values()) {
      if (c.clinicId === clinicId && c.email?.toLowerCase() === wanted) return c;
    }
    return undefined;
  }

  staffCalendarsOfClinic(clinicId: string): StaffCalendar[] {
    return [...this.staffCalendars.values()].filter((sc) => sc.clinicId === clinicId);
  }

  staffName(staffId: string): string {
    const s = this.staff.get(staffId);
    return s ? `${s.name} ${s.surname}` : '';
  }

  /** The current window's figures without spending a request. */
  rateLimitState(key: ApiKey): RateLimitState {
    const start = this.windowStart();
    const w = this.rateWindows.get(key.key);
    const used = w && w.start === start ? w.count : 0;
    return {
      limit: key.rateLimitPerHour,
      remaining: Math.max(0, key.rateLimitPerHour - used),
      reset: Math.floor((start + HOUR_MS) / 1000),
    };
  }

  /**
   * Spends one request of the key's hourly budget. Returns the seconds to wait when the budget is
   * already spent (the request is then not counted), or null when the request may proceed.
   */
  consumeRequest(key: ApiKey): number | null {
    const start = this.windowStart();
    let w = this.rateWindows.get(key.key);
    if (!w || w.start !== start) {
      w = { start, count: 0 };
      this.rateWindows.set(key.key, w);
    }
    if (w.count >= key.rateLimitPerHour) {
      return Math.max(1, Math.ceil((start + HOUR_MS - this.now().getTime()) / 1000));
    }
    w.count += 1;
    return null;
  }

  // Fixed windows aligned on the clock hour, so X-RateLimit-Reset is the next full hour.
  private windowStart(): number {
    return Math.floor(this.now().getTime() / HOUR_MS) * HOUR_MS;
  }
}
