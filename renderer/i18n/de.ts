import type { Messages } from './en';

export const de: Messages = {
  'app.title': 'Frontdesk',
  'app.loading': 'Wird geladen…',
  'app.version': 'Version {version}',
  'nav.today': 'Heute',
  'nav.previous': 'Vorherige Woche',
  'nav.next': 'Nächste Woche',
  'sidebar.title': 'Kalender',
  'sidebar.noAccounts': 'Noch kein Konto verbunden.',
  'sidebar.showCancelled': 'Abgesagte Termine anzeigen',
  'error.title': 'Etwas ist schiefgelaufen',
  'error.retry': 'Erneut versuchen',
  'notice.dismiss': 'Schließen',
  'calendar.label': 'Wochenkalender',
};
