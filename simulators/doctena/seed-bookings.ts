import type { LocalDate } from '../../shared/time';
import type { Prng } from './prng';
import {
  CHILD_FIRST_NAMES,
  FIRST_NAMES,
  GENERAL_REASONS,
  LAST_NAMES,
  PAEDIATRIC_REASONS,
  transliterate,
} from './seed-data';
import type { Booking, BookingStatus, DoctenaStore } from './store';
import { zonedToInstant } from './time';

/** A free half hour in a calendar's opening hours; a seeded booking takes part of it. */
export interface OpenSlot {
  calendarId: string;
  kind: 'general' | 'paediatrics';
  date: LocalDate;
  /** Minutes after midnight, practice time. */
  minutes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** [offset into the half hour, duration], both in minutes; none leaves the half hour. */
const SHAPES: readonly [number, number][] = [
  [0, 30],
  [0, 30],
  [0, 15],
  [15, 15],
  [0, 20],
];

interface Draft {
  slot: OpenSlot;
  starts: Date;
  ends: Date;
  status: BookingStatus;
  noShow: boolean;
}

export function seedBookings(store: DoctenaStore, rng: Prng, slots: OpenSlot[], now: Date): void {
  const drafts: Draft[] = slots
    .map((slot) => {
      const [offset, duration] = rng.pick(SHAPES);
      const minutes = slot.minutes + offset;
      const starts = zonedToInstant({
        ...slot.date,
        hour: Math.floor(minutes / 60),
        minute: minutes % 60,
        second: 0,
      });
      return {
        slot,
        starts,
        ends: new Date(starts.getTime() + duration * MINUTE),
        status: 'WAITING' as BookingStatus,
        noShow: false,
      };
    })
    .sort(
      (a, b) =>
        a.starts.getTime() - b.starts.getTime() ||
        a.slot.calendarId.localeCompare(b.slot.calendarId),
    );

  assignStatuses(rng, drafts, now);
  for (const draft of drafts) store.addBooking(toBooking(rng, draft, now));
}

function assignStatuses(rng: Prng, drafts: Draft[], now: Date): void {
  const past = drafts.filter((d) => d.starts.getTime() < now.getTime());
  const future = drafts.filter((d) => d.starts.getTime() >= now.getTime());
  for (const d of past) {
    d.status = rng.chance(0.75) ? 'CONFIRMED' : rng.chance(0.8) ? 'HANDLED' : 'WAITING';
  }
  for (const d of future) {
    const r = rng.next();
    d.status = r < 0.5 ? 'CONFIRMED' : r < 0.85 ? 'WAITING' : 'HANDLED';
  }
  // The rarer statuses, placed where they make sense: no-shows and expiry only in the past.
  const pastPool = rng.shuffle(past);
  const futurePool = rng.shuffle(future);
  const take = (pool: Draft[], status: BookingStatus, count: number, noShow = false) => {
    for (const d of pool.splice(0, count)) {
      d.status = status;
      d.noShow = noShow;
    }
  };
  take(pastPool, 'CANCELLED', 2, true);
  take(pastPool, 'CANCELLED', 1);
  take(pastPool, 'EXPIRED', 1);
  take(futurePool, 'CANCELLED', 2);
  take(futurePool, 'UNVERIFIED', 1);
  take(futurePool, 'RESCHEDULED', 3);
}

function toBooking(rng: Prng, d: Draft, now: Date): Parameters<DoctenaStore['addBooking']>[0] {
  const child = d.slot.kind === 'paediatrics';
  const first = rng.pick(child ? CHILD_FIRST_NAMES : FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const name = `${first} ${last}`;
  const catalogue = child ? PAEDIATRIC_REASONS : GENERAL_REASONS;
  const reason = rng.pick(Object.keys(catalogue));
  const problem = rng.pick(catalogue[reason] ?? ['']);
  const domain = rng.chance(0.5) ? 'example.org' : 'example.com';
  const { created, updated } = timestamps(rng, d, now);
  const awaitsPractice = ['WAITING', 'UNVERIFIED', 'HANDLED', 'EXPIRED'].includes(d.status);

  const booking: Omit<Booking, '_id'> = {
    calendar_id: d.slot.calendarId,
    created_at: created,
    updated_at: updated,
    title: `${name} (doxter)`,
    starts: d.starts,
    ends: d.ends,
    status: d.status,
    reason,
    no_show: d.noShow ? 'true' : 'false',
    contact: {
      email: `${transliterate(first)}.${transliterate(last)}@${domain}`,
      first_name: name,
      phone_number: `+49 30 5550${String(rng.int(0, 9999)).padStart(4, '0')}`,
    },
    confirmation_link: awaitsPractice
      ? `https://doxter.example.com/booking/confirmation?confirmation_token=${rng.token(20)}`
      : '',
    insurance: rng.chance(0.85) ? 'GKV' : 'PKV',
    problem,
  };
  return booking;
}

/** Booked days before, touched by the practice later; never after `now`. */
function timestamps(rng: Prng, d: Draft, now: Date): { created: Date; updated: Date } {
  const nowMs = now.getTime();
  const fresh = d.status === 'WAITING' || d.status === 'UNVERIFIED';
  const ageMs =
    fresh && d.starts.getTime() >= nowMs
      ? rng.int(20, 3 * 24 * 60) * MINUTE
      : rng.int(1, 21) * DAY + rng.int(0, 600) * MINUTE;
  const startsMs = d.starts.getTime();
  const createdMs = Math.min(Math.min(nowMs, startsMs) - ageMs, startsMs - HOUR);
  let updatedMs: number;
  if (fresh) updatedMs = createdMs;
  else if (d.noShow) updatedMs = startsMs + rng.int(30, 240) * MINUTE;
  else if (d.status === 'EXPIRED') updatedMs = createdMs + 2 * DAY;
  else if (d.status === 'RESCHEDULED') updatedMs = nowMs - rng.int(60, 3 * 24 * 60) * MINUTE;
  else updatedMs = createdMs + rng.int(10, 24 * 60) * MINUTE;
  // ageMs is at least 20 minutes, so createdMs < nowMs - MINUTE and the clamp keeps the order.
  updatedMs = Math.min(Math.max(updatedMs, createdMs), nowMs - MINUTE);
  const whole = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
  return { created: whole(createdMs), updated: whole(updatedMs) };
}
