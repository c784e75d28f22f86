import type { LocaleInput } from '@fullcalendar/core';
import deLocale from '@fullcalendar/core/locales/de';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import esLocale from '@fullcalendar/core/locales/es';
import frLocale from '@fullcalendar/core/locales/fr';
import nlLocale from '@fullcalendar/core/locales/nl';
import type { Language } from '../../shared/settings';

/** FullCalendar's own day and month names follow the app's language. */
export const fullCalendarLocales: Record<Language, LocaleInput> = {
  en: enGbLocale,
  de: deLocale,
  fr: frLocale,
  nl: nlLocale,
  es: esLocale,
};

/** The Intl locale for dates and times shown outside FullCalendar. */
export const intlLocale: Record<Language, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  nl: 'nl-NL',
  es: 'es-ES',
};
