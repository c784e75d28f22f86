import type { Language } from '../../shared/settings';
import { timeAndCalendar, type DesktopNotice } from '../core/notify';

const TITLES: Record<Language, string> = {
  en: 'Double booking',
  de: 'Doppelbuchung',
  fr: 'Double réservation',
  nl: 'Dubbele boeking',
  es: 'Cita duplicada',
};

/** A double booking found by the guard: when and in which calendar (see timeAndCalendar). */
export function conflictNotice(
  language: Language,
  start: string,
  calendarName: string,
): DesktopNotice {
  return { title: TITLES[language], body: timeAndCalendar(language, start, calendarName) };
}
