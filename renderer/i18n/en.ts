/** The source language. Every other language must have exactly these keys (checked by tsc and a test). */
export const en = {
  'app.title': 'Frontdesk',
  'app.loading': 'Loading…',
  'app.version': 'Version {version}',
  'nav.today': 'Today',
  'nav.previous': 'Previous week',
  'nav.next': 'Next week',
  'sidebar.title': 'Calendars',
  'sidebar.noAccounts': 'No account connected yet.',
  'sidebar.showCancelled': 'Show cancelled appointments',
  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'notice.dismiss': 'Dismiss',
  'calendar.label': 'Week calendar',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
