import type { CalendarData } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { infoKeyOf, overlapsRange } from '../../calendar/events';

/** Where a new appointment starts from: a selected range, or the toolbar's next full hour. */
export interface BookingDraft {
  start: Date;
  end: Date;
  /** Chosen already (a slot picked in "Find a free slot"): its practitioner and service. */
  calendar?: { accountId: string; calendarId: string };
  serviceId?: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime-local` field's value, in the desk's own zone. */
export function localDateTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an instant, or null while it is incomplete. */
export function fromLocalDateTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function addMinutes(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

/** The toolbar's default: the next full hour, for an hour. */
export function nextHourDraft(now: Date): BookingDraft {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  return { start, end: addMinutes(start, 60) };
}

/**
 * The practitioners the dialog offers: Docfav's first (they can be booked), then Doctena's (their
 * time can only be held). Those switched off in the sidebar come after the ones shown.
 */
export function practitioners(
  data: CalendarData | undefined,
  hidden: ReadonlySet<string>,
): CalendarInfo[] {
  const rank = (c: CalendarInfo) =>
    (c.source === 'docfav' ? 0 : 2) + (hidden.has(infoKeyOf(c)) ? 1 : 0);
  return [...(data?.calendars ?? [])].sort((a, b) => rank(a) - rank(b));
}

/**
 * Whom a selected range was most likely meant for: a shown Docfav practitioner who works then,
 * else the first shown Docfav practitioner, else the first practitioner at all.
 */
export function likelyPractitioner(
  data: CalendarData | undefined,
  hidden: ReadonlySet<string>,
  range: { start: Date; end: Date },
): CalendarInfo | undefined {
  const list = practitioners(data, hidden);
  const shownDocfav = list.filter((c) => c.source === 'docfav' && !hidden.has(infoKeyOf(c)));
  const working = shownDocfav.find((c) =>
    data?.availability.some(
      (w) =>
        w.kind === 'working' &&
        w.accountId === c.accountId &&
        w.calendarId === c.id &&
        overlapsRange(w, range),
    ),
  );
  return working ?? shownDocfav[0] ?? list[0];
}

/** True when a range selection should offer booking beside blocking. */
export function canBook(data: CalendarData | undefined, hidden: ReadonlySet<string>): boolean {
  return (data?.calendars ?? []).some((c) => c.source === 'docfav' && !hidden.has(infoKeyOf(c)));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Empty, or shaped like an address (Docfav checks the rest). */
export function emailProblem(text: string): boolean {
  return text.trim() !== '' && !EMAIL.test(text.trim());
}
