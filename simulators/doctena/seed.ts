import { addDays, compareDates, isoWeekStartDate, type LocalDate } from '../../shared/time';
import { planBlockingCreate } from './blocking-rules';
import { Prng } from './prng';
import { startDate } from './rrule';
import { seedBookings, type OpenSlot } from './seed-bookings';
import type { Calendar, DoctenaStore } from './store';
import { formatInstant, zonedToInstant } from './time';

/**
 * The demo practice: two doctors, three weeks of bookings around `now` (previous, current and
 * next ISO week), their opening hours as timeblocks, and a few blockings.
 */

export const DOCTENA_DEMO_LOGIN = 'demo@frontdesk.example';
export const DOCTENA_DEMO_PASSWORD = 'demo';
export const DEMO_BOOKING_COUNT = 75;

// Fixed ids: the app remembers which calendars are switched on, across simulator restarts.
export const DEMO_CALENDARS = {
  general: {
    _id: '5f3c1a2b4d6e8f0a1b2c3d01',
    name: 'Allgemeinmedizin',
    profile_name: 'Dr. Anna Schmidt',
  },
  paediatrics: {
    _id: '5f3c1a2b4d6e8f0a1b2c3d02',
    name: 'Kinderheilkunde',
    profile_name: 'Dr. Lukas Becker',
  },
} as const satisfies Record<string, Calendar>;

/** Opening hours Mon–Fri, minutes after midnight, Europe/Berlin. */
export const OPENING_HOURS = [
  { from: 9 * 60, to: 12 * 60 + 30 },
  { from: 14 * 60, to: 18 * 60 },
] as const;

const MON_TO_FRI = [1, 2, 3, 4, 5];
const DAY_SECONDS = 86_400;

export interface SeedOptions {
  now?: Date;
}

export interface DoctenaSeed {
  calendars: Calendar[];
  /** Monday of the first seeded week (the week before `now`'s). */
  firstMonday: LocalDate;
}

const at = (date: LocalDate, minutes: number) =>
  zonedToInstant({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 });

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_SECONDS * 1000);

export function seedDoctena(store: DoctenaStore, options: SeedOptions = {}): DoctenaSeed {
  const now = new Date(Math.floor((options.now ?? store.now()).getTime() / 1000) * 1000);
  const currentMonday = isoWeekStartDate(startDate(now));
  const firstMonday = addDays(currentMonday, -7);
  const nextMonday = addDays(currentMonday, 7);
  const rng = new Prng(`doctena:${formatInstant(at(currentMonday, 0))}`);

  const general = store.addCalendar(DEMO_CALENDARS.general);
  const paediatrics = store.addCalendar(DEMO_CALENDARS.paediatrics);
  store.addLogin(DOCTENA_DEMO_LOGIN, DOCTENA_DEMO_PASSWORD, [general._id, paediatrics._id]);

  seedTimeblocks(store, now, general._id, paediatrics._id, firstMonday);

  // Dr. Becker's Wednesday afternoons run every other week from the first seeded week on, so the
  // current week's is closed; Dr. Schmidt is at a Fortbildung next Friday afternoon.
  const paediatricsWednesdayOff = addDays(currentMonday, 2);
  const fortbildungDay = addDays(nextMonday, 4);

  // Weekly over the lunch break, from the first seeded Wednesday on, in every calendar.
  const firstWednesday = addDays(firstMonday, 2);
  for (const calendarId of [general._id, paediatrics._id]) {
    addSeedBlocking(store, calendarId, daysBefore(now, 30), {
      title: 'Teambesprechung',
      starts: formatInstant(at(firstWednesday, 12 * 60 + 30)),
      ends: formatInstant(at(firstWednesday, 13 * 60 + 30)),
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    });
  }
  addSeedBlocking(store, general._id, daysBefore(now, 6), {
    title: 'Fortbildung',
    starts: formatInstant(at(fortbildungDay, OPENING_HOURS[1].from)),
    ends: formatInstant(at(fortbildungDay, OPENING_HOURS[1].to)),
  });

  const closed = (calendarId: string, date: LocalDate, session: number) =>
    session === 1 &&
    ((calendarId === general._id && compareDates(date, fortbildungDay) === 0) ||
      (calendarId === paediatrics._id && compareDates(date, paediatricsWednesdayOff) === 0));
  const slots: OpenSlot[] = [];
  for (let d = 0; d < 21; d += 1) {
    const date = addDays(firstMonday, d);
    if (d % 7 >= 5) continue;
    for (const [calendarId, kind] of [
      [general._id, 'general'],
      [paediatrics._id, 'paediatrics'],
    ] as const) {
      for (const [session, hours] of OPENING_HOURS.entries()) {
        if (closed(calendarId, date, session)) continue;
        for (let minutes = hours.from; minutes < hours.to; minutes += 30) {
          slots.push({ calendarId, kind, date, minutes });
        }
      }
    }
  }
  seedBookings(store, rng, rng.shuffle(slots).slice(0, DEMO_BOOKING_COUNT), now);

  return { calendars: [general, paediatrics], firstMonday };
}

function addSeedBlocking(
  store: DoctenaStore,
  calendarId: string,
  createdAt: Date,
  params: Record<string, string>,
): void {
  const plan = planBlockingCreate(params);
  if (!plan.ok) throw new Error(`seed blocking: ${plan.error}`);
  store.addBlocking({ ...plan.value, calendar_id: calendarId, created_at: createdAt });
}

function seedTimeblocks(
  store: DoctenaStore,
  now: Date,
  generalId: string,
  paediatricsId: string,
  firstMonday: LocalDate,
): void {
  const longAgo = zonedToInstant({ year: 2024, month: 1, day: 8, hour: 0, minute: 0, second: 0 });
  const common = {
    beat: 900,
    valid_forever: true,
    valid_from: longAgo,
    valid_until: null,
    hide_booked_times: false,
    margin_to_first_timeslots: 2 * 3600,
    range_limit_for_timeslots: 90 * DAY_SECONDS,
    updated_at: daysBefore(now, 45),
  };
  const weekly = (days: number[], interval = 1) =>
    `FREQ=WEEKLY;${interval > 1 ? `INTERVAL=${interval};` : ''}BYDAY=${days.map((d) => ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][d]).join(',')}`;
  const block = (calendarId: string, begins: string, ends: string, weekdays: number[]) => ({
    ...common,
    calendar_id: calendarId,
    begins_at: begins,
    ends_at: ends,
    weekdays,
    recurrence: weekly(weekdays),
  });

  store.addTimeblock(block(generalId, '09:00', '12:30', MON_TO_FRI));
  store.addTimeblock(block(generalId, '14:00', '18:00', MON_TO_FRI));
  store.addTimeblock({
    ...block(generalId, '18:00', '20:00', [4]),
    activated: false,
    status: 'INACTIVE',
    updated_at: daysBefore(now, 12),
  });

  store.addTimeblock(block(paediatricsId, '09:00', '12:30', MON_TO_FRI));
  store.addTimeblock(block(paediatricsId, '14:00', '18:00', [1, 2, 4, 5]));
  store.addTimeblock({
    ...block(paediatricsId, '14:00', '18:00', [3]),
    recurrence: weekly([3], 2),
    every_n_weeks: 2,
    valid_from: at(firstMonday, 0),
    updated_at: daysBefore(now, 9),
  });
  store.addTimeblock({
    ...block(paediatricsId, '09:00', '12:00', [6]),
    activated: false,
    status: 'DELETED',
    updated_at: daysBefore(now, 20),
  });
}
