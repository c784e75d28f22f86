import type { Language } from '../../shared/settings';

export interface DesktopNotice {
  title: string;
  body: string;
}

/** Delivers a desktop notification (Electron's Notification in the app; nothing in the bridge). */
export type Notify = (notice: DesktopNotice) => void;

const TITLES: Record<Language, string> = {
  en: 'New booking',
  de: 'Neue Buchung',
  fr: 'Nouveau rendez-vous',
  nl: 'Nieuwe afspraak',
  es: 'Nueva cita',
};

/**
 * A notification's body: when and in which calendar, and nothing else. A notification can be read
 * by anyone walking past the desk, so no name and no reason.
 */
export function timeAndCalendar(language: Language, start: string, calendarName: string): string {
  const when = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(start));
  return `${when} · ${calendarName}`;
}

export function newBookingNotice(
  language: Language,
  start: string,
  calendarName: string,
): DesktopNotice {
  return { title: TITLES[language], body: timeAndCalendar(language, start, calendarName) };
}
