import type { Language } from '../../shared/settings';
import type { DesktopNotice } from '../core/notify';

const TITLES: Record<Language, string> = {
  en: 'Double booking',
  de: 'Doppelbuchung',
  fr: 'Double réservation',
  nl: 'Dubbele boeking',
  es: 'Cita duplicada',
};

/**
 * A double booking found by the guard: when and in which calendar, nothing else. Like every
 * notification it can be read by anyone passing the desk, so no name and no reason.
 */
export function conflictNotice(
  language: Language,
  start: string,
  calendarName: string,
): DesktopNotice {
  const when = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(start));
  return { title: TITLES[language], body: `${when} · ${calendarName}` };
}
