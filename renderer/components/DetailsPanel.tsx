import { useEffect, useRef } from 'react';
import type { CalendarEvent } from '../../shared/domain';
import { describeKey } from '../calendar/events';
import { focusEvent } from '../calendar/focusEvent';
import { dateTime, timeRange } from '../calendar/format';
import { intlLocale } from '../calendar/locales';
import { useI18n } from '../i18n';
import { PendingActions } from './PendingActions';
import { markSeen } from './states/newBookings';
import { PatientCard } from './patients/PatientCard';
import { ChangeTime } from './slots/ChangeTime';

interface Props {
  event: CalendarEvent;
  calendarName: string;
  onClose: () => void;
  actions?: React.ReactNode;
  /** Offline: nothing can be changed, "Change time" included. */
  readOnly?: boolean;
}

/** Everything the desk needs about one appointment, and what may be done with it. */
export function DetailsPanel({ event, calendarName, onClose, actions, readOnly = false }: Props) {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Focus moves into the panel, and back to where it was when the panel closes.
    const previous = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    markSeen(event.id);
    return () => {
      // Back to the event itself, found by id (a sync may have redrawn it), also when the panel
      // was opened from search or a list; only an event not on screen leaves focus where it was.
      if (!focusEvent(event.id)) previous?.focus();
    };
  }, [event.id]);

  const patient = event.patient;
  return (
    <div
      ref={panel}
      className="details"
      role="dialog"
      aria-modal="false"
      aria-labelledby="details-title"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="details-header">
        <h2 id="details-title">{patient?.name || event.title}</h2>
        <button type="button" onClick={onClose} aria-label={t('details.close')}>
          ×
        </button>
      </div>
      <dl>
        <dt>{t('details.when')}</dt>
        <dd>
          {dateTime(event.start, locale)} ({timeRange(event.start, event.end, locale)})
        </dd>
        {event.reason && (
          <>
            <dt>{t('details.reason')}</dt>
            <dd>{event.reason}</dd>
          </>
        )}
        <dt>{t('details.calendar')}</dt>
        <dd>{calendarName}</dd>
        <dt>{t('details.source')}</dt>
        <dd>{event.source === 'doctena' ? 'Doctena' : 'Docfav'}</dd>
        <dt>{t('details.status')}</dt>
        <dd>
          {t(describeKey(event))}
          {event.vendorStatus && (
            <span className="muted vendor-status">
              {' '}
              {t('details.vendorStatus', {
                vendor: event.source === 'doctena' ? 'Doctena' : 'Docfav',
                status: event.vendorStatus,
              })}
            </span>
          )}
        </dd>
        {event.note && (
          <>
            <dt>{t('details.note')}</dt>
            <dd>{event.note}</dd>
          </>
        )}
      </dl>
      <PatientCard event={event} />
      <ChangeTime event={event} readOnly={readOnly} />
      {actions ?? <PendingActions event={event} />}
    </div>
  );
}
