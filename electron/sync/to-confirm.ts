import type { ToConfirmList } from '../../shared/contract';
import type { CalendarEvent, CalendarInfo } from '../../shared/domain';
import { formatInstant, instantToLocal, isoWeekInZone, startOfLocalDay } from '../../shared/time';
import type { TimeRange } from './source';

/**
 * The "To confirm" list: every Doctena booking and Docfav appointment still waiting for the
 * practice, from today some weeks ahead, whichever week is on screen.
 */

export const TO_CONFIRM_DEFAULT_WEEKS = 4;
/**
 * Weeks ahead of the one on screen are read again at most this often. Doctena's sync brings every
 * booking whatever the week, so this only spares Docfav, one `availability` read per clinic-week:
 * polling four weeks every minute would spend its hourly budget four times as fast.
 */
export const TO_CONFIRM_FRESH_MS = 5 * 60_000;
/**
 * Doctena lets a WAITING booking expire when the practice does not react "within Doxter's required
 * confirmation period", which its spec neither states nor exposes in a field. A booking that
 * starts within this long is marked: whatever the period, it ends by the appointment.
 */
export const EXPIRES_SOON_MS = 24 * 3_600_000;

/** The engine's part the list needs; `SyncEngine` has it. */
export interface ToConfirmEngine {
  prefetch(range: TimeRange, freshMs: number): Promise<void>;
  snapshot(range: TimeRange): { events: CalendarEvent[]; calendars: CalendarInfo[] };
}

export interface ToConfirmOptions {
  now: () => Date;
  /**
   * The zone whose midnight is "today" and whose Mondays split the weeks. Default: the practice's,
   * as its calendars state it (Docfav's first: its weeks are what each read costs), else the
   * system's.
   */
  timeZone?: () => string;
}

/**
 * Doctena's WAITING (with HANDLED and UNVERIFIED, which the mapper also reads as waiting) and
 * Docfav's unconfirmed and pending, that the platform still lets the desk confirm.
 */
export function awaitsConfirmation(event: CalendarEvent): boolean {
  return (
    (event.kind === 'doctena-booking' || event.kind === 'docfav-appointment') &&
    event.status === 'waiting' &&
    event.actions.includes('confirm')
  );
}

export function expiresSoon(event: CalendarEvent, now: Date): boolean {
  return event.source === 'doctena' && Date.parse(event.start) - now.getTime() < EXPIRES_SOON_MS;
}

/** What awaits confirmation among `events`, by start (then id, so the order never flickers). */
export function selectToConfirm(
  events: readonly CalendarEvent[],
  now: Date,
): Pick<ToConfirmList, 'events' | 'expiringIds'> {
  const byId = new Map<string, CalendarEvent>();
  for (const event of events) if (awaitsConfirmation(event)) byId.set(event.id, event);
  const selected = [...byId.values()].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id),
  );
  return {
    events: selected,
    expiringIds: selected.filter((e) => expiresSoon(e, now)).map((e) => e.id),
  };
}

/**
 * `from` up to the end of its week and `weeks - 1` more, cut at the Mondays: Docfav is read per
 * clinic-week, so a piece never asks for two, and each piece is its own short sync that a sync
 * of the week on screen can go before instead of waiting behind all the weeks at once.
 */
export function weekPieces(from: Date, weeks: number, timeZone: string): TimeRange[] {
  const pieces: TimeRange[] = [];
  let start = from;
  for (let i = 0; i < weeks; i++) {
    const end = isoWeekInZone(start, timeZone).end;
    pieces.push({ from: start, to: end });
    start = end;
  }
  return pieces;
}

function practiceZone(engine: ToConfirmEngine, now: Date): string {
  const { calendars } = engine.snapshot({ from: now, to: now });
  const stated = (source: CalendarInfo['source']) =>
    calendars.find((c) => c.source === source && c.timezone)?.timezone;
  return stated('docfav') ?? stated('doctena') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Reads the list through the sync engine. One read runs at a time: the refetches that the weeks'
 * own `sync:finished` pushes cause then find those weeks fresh instead of asking again.
 */
export function createToConfirmReader(engine: ToConfirmEngine, options: ToConfirmOptions) {
  let queue: Promise<unknown> = Promise.resolve();

  async function read(from: Date | undefined, weeks: number): Promise<ToConfirmList> {
    const zone = options.timeZone?.() ?? practiceZone(engine, options.now());
    from ??= startOfLocalDay(instantToLocal(options.now(), zone), zone);
    const pieces = weekPieces(from, weeks, zone);
    for (const piece of pieces) await engine.prefetch(piece, TO_CONFIRM_FRESH_MS);
    const range = { from, to: pieces.at(-1)?.to ?? from };
    return {
      from: formatInstant(range.from),
      to: formatInstant(range.to),
      ...selectToConfirm(engine.snapshot(range).events, options.now()),
    };
  }

  return (input: { from?: Date | undefined; weeks?: number | undefined }) => {
    const next = queue.then(() => read(input.from, input.weeks ?? TO_CONFIRM_DEFAULT_WEEKS));
    queue = next.catch(() => undefined);
    return next;
  };
}
