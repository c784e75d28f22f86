import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { forwardRef } from 'react';
import { useSettings } from '../api/queries';
import { useI18n } from '../i18n';

/** The week time grid. Events arrive with the sync engine; the frame is here so the shell is real. */
export const WeekCalendar = forwardRef<FullCalendar>(function WeekCalendar(_props, ref) {
  const { language } = useI18n();
  const settings = useSettings();
  const s = settings.data;
  return (
    <FullCalendar
      ref={ref}
      plugins={[timeGridPlugin]}
      initialView="timeGridWeek"
      headerToolbar={false}
      locale={language}
      firstDay={s?.weekStartDay ?? 1}
      slotMinTime={s?.workingHours.start ?? '07:00'}
      slotMaxTime={s?.workingHours.end ?? '20:00'}
      slotDuration={{ minutes: s?.slotMinutes ?? 15 }}
      allDaySlot={false}
      nowIndicator
      height="100%"
      events={[]}
    />
  );
});
