import type { CalendarEvent } from '../../../shared/domain';
import { describeKey } from '../../calendar/events';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { dayAndTime, platformOf } from './format';

interface Props {
  events: CalendarEvent[];
  calendarName?: (event: CalendarEvent) => string;
  /** Makes each appointment a button that opens it. */
  onPick?: (event: CalendarEvent) => void;
  /** Whose appointments: said first by each button, which is reached alone with Tab. */
  who?: string;
}

/** A patient's appointments, one line each: when, where, on which platform, in what state. */
export function AppointmentList({ events, calendarName, onPick, who }: Props) {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  return (
    <ul className="patient-appointments">
      {events.map((event) => {
        // One text for calendar, platform and status: each alone would read as a label of its own.
        const where = [calendarName?.(event), platformOf(event), t(describeKey(event))]
          .filter(Boolean)
          .join(' · ');
        const when = dayAndTime(event.start, locale);
        const content = (
          <>
            <span className="search-when">{when}</span>
            <span className="muted">{where}</span>
          </>
        );
        return (
          <li key={event.id}>
            {onPick ? (
              <button
                type="button"
                aria-label={[who, when, where].filter(Boolean).join(', ')}
                onClick={() => onPick(event)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
