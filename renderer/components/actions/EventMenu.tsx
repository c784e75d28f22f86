import { useEffect, useRef } from 'react';
import type { CalendarEvent } from '../../../shared/domain';
import type { ActionRunner } from '../../api/actions';
import { useI18n } from '../../i18n';
import { ActionButtons } from './ActionButtons';
import { ChangeTime } from '../slots/ChangeTime';

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
  useEffect(() => {
    // Focus once, when the menu opens; a click anywhere else closes it.
    box.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) close.current();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, []);
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
