import type { Language } from '../../shared/settings';
import { translator } from '../../shared/i18n/translate';

/**
 * A desktop notification as the lower layers raise it: what happened, when and in which calendar,
 * and nothing else. A notification can be read by anyone walking past the desk, so no name and no
 * reason. It is worded only where it is shown (wordNotice), in the desk's language.
 */
export interface DeskNotice {
  kind: 'new-booking' | 'double-booking';
  start: string;
  calendarName: string;
}

/** Delivers a desktop notification (Electron's Notification in the app; nothing in the bridge). */
export type Notify = (notice: DeskNotice) => void;

export function wordNotice(
  notice: DeskNotice,
  language: Language,
): { title: string; body: string } {
  const t = translator(language);
  const when = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(notice.start));
  return {
    title: t(notice.kind === 'new-booking' ? 'desktop.newBooking' : 'desktop.doubleBooking'),
    body: t('desktop.when', { when, calendar: notice.calendarName }),
  };
}
