/** "23 – 29 Nov 2026", "28 Sep – 4 Oct 2026", "29 Dec 2026 – 4 Jan 2027" in the UI language. */
export function rangeTitle(start: Date, endExclusive: Date, locale: string): string {
  const end = new Date(endExclusive.getTime() - 1);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric' });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  if (start.getFullYear() !== end.getFullYear())
    return `${full.format(start)} – ${full.format(end)}`;
  if (start.getMonth() !== end.getMonth()) return `${dayMonth.format(start)} – ${full.format(end)}`;
  if (start.getDate() === end.getDate()) return full.format(start);
  return `${day.format(start)} – ${full.format(end)}`;
}

// Building an Intl.DateTimeFormat costs about a tenth of a millisecond, which a week of 1,000
// events pays twice per event; one per locale is kept instead.
const clocks = new Map<string, Intl.DateTimeFormat>();

/** "09:30" in the UI language. */
export function clockTime(value: string | Date, locale: string): string {
  let clock = clocks.get(locale);
  if (!clock) {
    clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    clocks.set(locale, clock);
  }
  return clock.format(typeof value === 'string' ? new Date(value) : value);
}

export function timeRange(start: string | Date, end: string | Date, locale: string): string {
  return `${clockTime(start, locale)}–${clockTime(end, locale)}`;
}

export function dateTime(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}
