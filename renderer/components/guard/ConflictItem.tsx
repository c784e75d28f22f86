import type { CalendarData, GuardConflict } from '../../../shared/contract';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { pairLabel } from './names';
import { conflictTime } from './when';

/**
 * One double booking: when, and which two calendars. No patient names: both bookings are on
 * screen, and the sidebar stays readable over a shoulder.
 */
export function ConflictItem(props: { conflict: GuardConflict; data: CalendarData }) {
  const { t, language } = useI18n();
  const { conflict, data } = props;
  const calendarOf = (eventId: string, fallback: string) => {
    const event = data.events.find((e) => e.id === eventId);
    const calendar =
      event &&
      data.calendars.find((c) => c.accountId === event.accountId && c.id === event.calendarId);
    return calendar?.name ?? fallback;
  };
  const doctena = calendarOf(conflict.doctenaEventId, 'Doctena');
  const docfav = calendarOf(conflict.docfavEventId, 'Docfav');
  const when = conflictTime(conflict.start, conflict.end, intlLocale[language]);
  return (
    <li>
      {/* Named by what it shows; what a click does is its description. */}
      <button
        type="button"
        className="guard-conflict"
        title={t('guard.conflictOpen')}
        onClick={() => openEvent(conflict.doctenaEventId)}
      >
        <span className="guard-conflict-when">{when}</span>{' '}
        <span className="guard-conflict-names">{pairLabel(doctena, docfav)}</span>
      </button>
    </li>
  );
}

/**
 * The sidebar has no way to open an event itself, so the event in the grid is clicked: the
 * calendar then opens its details and focuses it, exactly as for a click by the user.
 */
function openEvent(eventId: string): void {
  const el = document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.click();
}
