import { useState, type ReactNode } from 'react';
import type { CalendarData } from '../../../shared/contract';
import { useBookingSettled } from '../../api/booking';
import type { SelectRange } from '../../calendar/columns';
import { dateTime } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { useToasts } from '../actions/Toasts';
import { BookingDialog } from './BookingDialog';
import { canBook, nextHourDraft, type BookingDraft } from './draft';
import { SelectionMenu } from './SelectionMenu';

/**
 * Everything the shell needs for new appointments: the toolbar's "New appointment", what a range
 * selection offers (booking beside blocking, when a Docfav practitioner is shown), the dialog, and
 * the notice when a booking Docfav did not answer has settled.
 */
export function useBookingFlow(props: {
  data: CalendarData | undefined;
  hiddenCalendars: ReadonlySet<string>;
  /** Blocking the selected range instead (the block-time dialog), on its column's calendar. */
  onBlock: (start: Date, end: Date, calendar?: BookingDraft['calendar']) => void;
  /** Called when the dialog or menu closes, so the grid's selection goes too. */
  onDone: () => void;
}): {
  open: () => void;
  /** The dialog for a chosen practitioner, time and service (a slot from "Find a free slot"). */
  openAt: (draft: BookingDraft) => void;
  /** `calendar`: the Day-view column selected in, preselected in what opens next. */
  select: SelectRange;
  elements: ReactNode;
} {
  const { t, language } = useI18n();
  const toasts = useToasts();
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [menu, setMenu] = useState<(BookingDraft & { at: { x: number; y: number } }) | null>(null);

  useBookingSettled((p) =>
    toasts.show({
      kind: p.outcome === 'booked' ? 'info' : 'error',
      text: t(p.outcome === 'booked' ? 'booking.settledBooked' : 'booking.settledNotBooked', {
        when: dateTime(p.start, intlLocale[language]),
      }),
    }),
  );

  const select: SelectRange = (start, end, at, calendar) => {
    if (!canBook(props.data, props.hiddenCalendars) || !at)
      return props.onBlock(start, end, calendar);
    setMenu({ start, end, at, calendar });
  };

  const elements = (
    <>
      {menu && (
        <SelectionMenu
          start={menu.start}
          at={menu.at}
          onBook={() => {
            setMenu(null);
            setDraft({ start: menu.start, end: menu.end, calendar: menu.calendar });
          }}
          onBlock={() => {
            setMenu(null);
            props.onBlock(menu.start, menu.end, menu.calendar);
          }}
          onClose={() => {
            setMenu(null);
            props.onDone();
          }}
        />
      )}
      {draft && (
        <BookingDialog
          draft={draft}
          data={props.data}
          hiddenCalendars={props.hiddenCalendars}
          onClose={() => {
            setDraft(null);
            props.onDone();
          }}
        />
      )}
    </>
  );

  return { open: () => setDraft(nextHourDraft(new Date())), openAt: setDraft, select, elements };
}
