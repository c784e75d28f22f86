import { useState } from 'react';
import type { CalendarInfo } from '../../../shared/domain';
import { useI18n } from '../../i18n';
import { FindSlotDialog, type SlotPick } from './FindSlotDialog';

interface Props {
  calendars: readonly CalendarInfo[];
  /** The picked slot, for the booking dialog (the dialog closes first). */
  onPick: (pick: SlotPick) => void;
  disabled?: boolean;
}

/** The toolbar's "Find a free slot". */
export function FindSlotButton({ calendars, onPick, disabled = false }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={disabled || calendars.length === 0}
        aria-haspopup="dialog"
      >
        {t('slots.find')}
      </button>
      {open && (
        <FindSlotDialog
          calendars={calendars}
          onClose={() => setOpen(false)}
          onPick={(pick) => {
            setOpen(false);
            onPick(pick);
          }}
        />
      )}
    </>
  );
}
