import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CalendarEvent } from '../../../shared/domain';
import type { ActionRunner } from '../../api/actions';
import { focusEvent } from '../../calendar/focusEvent';
import { useI18n } from '../../i18n';
import { ActionButtons } from './ActionButtons';
import { ChangeTime } from '../slots/ChangeTime';
import { markSeen } from '../states/newBookings';

interface Props {
  event: CalendarEvent;
  x: number;
  y: number;
  runner: ActionRunner;
  readOnly: boolean;
  onDetails: () => void;
  onClose: () => void;
}

/** Right-click (or the context-menu key) on an event: its actions, right where the desk is. */
export function EventMenu({ event, x, y, runner, readOnly, onDetails, onClose }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  const clickedAway = useRef(false);
  useEffect(() => {
    // Focus once, when the menu opens; a click anywhere else closes it.
    box.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
    const away = (e: MouseEvent) => {
      if (box.current?.contains(e.target as Node)) return;
      clickedAway.current = true;
      close.current();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, []);
  // Closing while focus is inside (Escape, an action, "Details") hands focus back to the event,
  // before the menu leaves the page and focus would fall to the body. A layout effect: its
  // clean-up runs while the menu is still there to ask. Not after a click elsewhere: focus goes
  // where that click lands, and scrolling the event into view could move the grid under it.
  const eventId = event.id;
  useLayoutEffect(() => {
    const menu = box.current;
    markSeen(eventId);
    return () => {
      if (!clickedAway.current && menu?.contains(document.activeElement)) focusEvent(eventId);
    };
  }, [eventId]);
  // Kept inside the window however close to an edge the click was.
  const left = Math.min(x, window.innerWidth - 340);
  const top = Math.min(y, window.innerHeight - 260);
  return (
    <div
      ref={box}
      className="event-menu"
      role="dialog"
      aria-label={t('menu.label', { name: event.patient?.name || event.title })}
      style={{ left: Math.max(8, left), top: Math.max(8, top) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <ActionButtons event={event} runner={runner} readOnly={readOnly} />
      <ChangeTime event={event} readOnly={readOnly} onStarted={onClose} />
      <button type="button" className="link" onClick={onDetails}>
        {t('details.title')}
      </button>
    </div>
  );
}
