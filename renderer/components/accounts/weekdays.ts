/** Weekday names in the UI's language, Sunday first (0–6, as weekStartDay counts them). */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 7 January 2024 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => {
    const name = format.format(new Date(Date.UTC(2024, 0, 7 + day)));
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  });
}
