import { useEffect, useRef } from 'react';
import { dateTime } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';

/**
 * A range selected on the grid, where a Docfav practitioner can be booked: "Book appointment"
 * beside "Block time", right where the selection ended.
 */
export function SelectionMenu(props: {
  start: Date;
  at: { x: number; y: number };
  onBook: () => void;
  onBlock: () => void;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(props.onClose);
  close.current = props.onClose;
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('button')?.focus();
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) close.current();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, []);
  // Kept inside the window however close to an edge the selection ended.
  const left = Math.max(8, Math.min(props.at.x, window.innerWidth - 240));
  const top = Math.max(8, Math.min(props.at.y, window.innerHeight - 120));
  return (
    <div
      ref={box}
      className="event-menu selection-menu"
      role="dialog"
      aria-label={t('booking.selectionLabel', {
        when: dateTime(props.start.toISOString(), intlLocale[language]),
      })}
      style={{ left, top }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <button type="button" onClick={props.onBook}>
        {t('booking.book')}
      </button>
      <button type="button" onClick={props.onBlock}>
        {t('block.open')}
      </button>
    </div>
  );
}
