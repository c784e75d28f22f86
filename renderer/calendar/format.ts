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

export function timeRange(start: string, end: string, locale: string): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return `${time.format(new Date(start))}–${time.format(new Date(end))}`;
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
