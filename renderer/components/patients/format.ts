import type { CalendarEvent } from '../../../shared/domain';
import { vendorName } from '../accounts/vendors';

/** "Tue, 24 Nov 2026, 10:00": a search reaches other years, so the year is always there. */
export function dayAndTime(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** A `YYYY-MM-DD` birthday as a date of the UI's language; read in UTC so no zone shifts it. */
export function birthday(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** What the OS dials: digits and a leading plus only; null when nothing dialable is left. */
export function telHref(phone: string): string | null {
  const number = phone
    .trim()
    .replace(/^00/, '+')
    .replace(/[^\d+]/g, '')
    .replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(number) ? `tel:${number}` : null;
}

/**
 * A mail link only for what looks like one address: anything else (a second address, `?cc=` or
 * `&body=` smuggled into a vendor's field) must not become part of a mail the desk sends.
 */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  return /^[^\s@?&#,;:/]+@[^\s@?&#,;:/]+\.[^\s@?&#,;:/]+$/.test(address)
    ? `mailto:${address}`
    : null;
}

export function platformOf(event: Pick<CalendarEvent, 'source'>): string {
  return vendorName[event.source];
}

/** Before now, then from now on, each in date order. */
export function splitByNow(events: CalendarEvent[], nowMs: number) {
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
  return {
    past: sorted.filter((e) => Date.parse(e.start) < nowMs),
    upcoming: sorted.filter((e) => Date.parse(e.start) >= nowMs),
  };
}
