import type { SlotList, SlotSearch } from '../../shared/contract';
import { AppError, type ErrorReason } from '../../shared/errors';
import type { GuardMapping, Settings } from '../../shared/settings';
import { formatInstant, zoneOffsetMs } from '../../shared/time';
import type { AccountRuntime } from '../accounts/sources';
import type { TimeRange } from '../sync/source';
import { docfavFree, zoneOf } from './docfav';
import { doctenaFree } from './doctena';
import { intersect, slotsIn, type Interval } from './intervals';

export const DEFAULT_WEEKS = 4;
export const DEFAULT_MAX_RESULTS = 20;
const WEEK_MS = 7 * 86_400_000;
/** A clinic's services change rarely; each search with a service would otherwise read them. */
const SERVICES_CACHE_MS = 10 * 60_000;

export interface SlotFinderDeps {
  accounts: () => ReadonlyMap<string, AccountRuntime>;
  settings: () => Pick<Settings, 'slotMinutes' | 'pollIntervalSeconds' | 'guard'>;
  now: () => Date;
}

type Ref = GuardMapping['docfav'];

interface Search {
  window: TimeRange;
  durationMinutes: number;
  stepMinutes: number;
  /** How old the sync engine's copy of a Doctena calendar may be and still be used. */
  freshMs: number;
}

/**
 * The next free slots of a practitioner: Docfav's own `available-slots`, or Doctena's opening
 * hours minus its bookings and blockings. A practitioner paired in the double-booking guard is
 * free only when free on both platforms, so the pair's free time is intersected.
 */
export function createSlotFinder(deps: SlotFinderDeps) {
  const services = new Map<string, { at: number; durations: Map<string, number> }>();

  function runtimeOf(ref: Ref, missing: ErrorReason): AccountRuntime {
    const runtime = deps.accounts().get(ref.accountId);
    if (!runtime) throw new AppError('not-found', { reason: missing });
    return runtime;
  }

  function calendarOf(runtime: AccountRuntime, calendarId: string, missing: ErrorReason) {
    const calendar = runtime.source.calendars().find((c) => c.id === calendarId);
    if (!calendar) throw new AppError('not-found', { vendor: runtime.vendor, reason: missing });
    return calendar;
  }

  async function serviceMinutes(runtime: AccountRuntime, calendarId: string, serviceId: string) {
    if (runtime.vendor !== 'docfav') {
      throw new AppError('validation', { vendor: runtime.vendor, reason: 'no-service' });
    }
    const clinicId = calendarOf(runtime, calendarId, 'calendar-not-in-account').clinicId ?? '';
    const key = `${runtime.account.id}|${clinicId}`;
    const now = deps.now().getTime();
    let cached = services.get(key);
    let requests = 0;
    if (!cached || now - cached.at >= SERVICES_CACHE_MS) {
      const list = await runtime.client.services(clinicId);
      requests = 1;
      const durations = new Map<string, number>();
      for (const s of list) if (s.duration && s.duration > 0) durations.set(s.id, s.duration);
      cached = { at: now, durations };
      services.set(key, cached);
    }
    const minutes = cached.durations.get(serviceId);
    if (minutes === undefined) {
      throw new AppError('not-found', { vendor: 'docfav', reason: 'no-service' });
    }
    return { minutes: Math.round(minutes), requests };
  }

  async function freeOn(ref: Ref, search: Search, pair: boolean) {
    const runtime = runtimeOf(ref, pair ? 'pair-account-missing' : 'account-missing');
    const missing = pair ? 'pair-calendar-gone' : 'calendar-not-in-account';
    if (runtime.vendor === 'docfav') {
      const calendar = calendarOf(runtime, ref.calendarId, missing);
      const free = await docfavFree(runtime, calendar, search.window, search);
      return { free, requests: 1 };
    }
    if (pair) calendarOf(runtime, ref.calendarId, missing);
    return doctenaFree(runtime, ref.calendarId, search.window, {
      freshMs: search.freshMs,
      now: deps.now,
    });
  }

  return async function find(input: SlotSearch): Promise<SlotList> {
    const asked: Ref = { accountId: input.accountId, calendarId: input.calendarId };
    const runtime = runtimeOf(asked, 'account-missing');
    const calendar = calendarOf(runtime, asked.calendarId, 'calendar-not-in-account');
    const settings = deps.settings();
    let requests = 0;
    let durationMinutes = input.durationMinutes ?? 0;
    if (input.serviceId !== undefined) {
      const service = await serviceMinutes(runtime, asked.calendarId, input.serviceId);
      durationMinutes = service.minutes;
      requests += service.requests;
    }
    const from = Math.max(Date.parse(input.from), deps.now().getTime());
    const to = from + (input.weeks ?? DEFAULT_WEEKS) * WEEK_MS;
    const stepMinutes = settings.slotMinutes;
    const search: Search = {
      window: { from: new Date(from), to: new Date(to) },
      durationMinutes,
      stepMinutes,
      // The engine polls every interval; twice that still means it has been keeping up.
      freshMs: 2 * settings.pollIntervalSeconds * 1000,
    };
    const calendars = [asked, ...pairedWith(settings.guard.mappings, runtime.vendor, asked)];
    const answers = await Promise.all(calendars.map((ref, i) => freeOn(ref, search, i > 0)));
    let free: Interval[] | undefined;
    for (const answer of answers) {
      requests += answer.requests;
      free = free ? intersect(free, answer.free) : answer.free;
    }
    const zone = runtime.vendor === 'docfav' ? zoneOf(calendar) : runtime.account.timezone;
    const stepMs = stepMinutes * 60_000;
    const max = input.maxResults ?? DEFAULT_MAX_RESULTS;
    const slots = slotsIn(free ?? [], {
      from,
      to,
      durationMs: durationMinutes * 60_000,
      stepMs,
      offsetAt: (ms) => zoneOffsetMs(ms, zone),
      max,
    });
    const last = slots[slots.length - 1];
    return {
      slots: slots.map((s) => ({ start: formatInstant(s.start), end: formatInstant(s.end) })),
      calendars,
      durationMinutes,
      next: formatInstant(slots.length >= max && last ? last.start + stepMs : to),
      requests,
    };
  };
}

export type SlotFinder = ReturnType<typeof createSlotFinder>;

/** The other platform's calendars of the same practitioner, by the guard's enabled pairs. */
export function pairedWith(
  mappings: readonly GuardMapping[],
  vendor: 'doctena' | 'docfav',
  ref: Ref,
): Ref[] {
  const same = (a: Ref, b: Ref) => a.accountId === b.accountId && a.calendarId === b.calendarId;
  const out: Ref[] = [];
  for (const m of mappings) {
    if (!m.enabled) continue;
    const [own, other] = vendor === 'docfav' ? [m.docfav, m.doctena] : [m.doctena, m.docfav];
    if (same(own, ref) && !out.some((o) => same(o, other))) out.push(other);
  }
  return out;
}
