import { useState } from 'react';
import type { CalendarEvent } from '../../../shared/domain';
import { useI18n } from '../../i18n';
import { useStartMove } from '../actions/useMoveFlow';
import { ChangeTimeDialog } from './ChangeTimeDialog';

interface Props {
  event: CalendarEvent;
  /** The calendar is offline (read-only): nothing can be moved. */
  readOnly?: boolean;
  /** Called once the move has been handed to the calendar's move flow (the menu closes then). */
  onStarted?: () => void;
}

/**
 * "Change time" for an appointment that can move: opens the dialog, then hands the new time to
 * the calendar's move flow, the one a drag uses. Not shown where no calendar runs that flow.
 */
export function ChangeTime({ event, readOnly = false, onStarted }: Props) {
  const { t } = useI18n();
  const mover = useStartMove();
  const [open, setOpen] = useState(false);
  if (!mover || !event.actions.includes('move')) return null;
  return (
    <div className="change-time">
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={readOnly || mover.pending.has(event.id)}
        aria-haspopup="dialog"
      >
        {t('changeTime.open')}
      </button>
      {open && (
        <ChangeTimeDialog
          event={event}
          onClose={() => setOpen(false)}
          onMove={(start, end) => {
            setOpen(false);
            mover.begin(event, start, end);
            onStarted?.();
          }}
        />
      )}
    </div>
  );
}
