import type {
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventMountArg,
} from '@fullcalendar/core';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { forwardRef, useMemo } from 'react';
import type { CalendarData } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { useSettings } from '../api/queries';
import { colourMap } from '../calendar/colors';
import {
  calendarKeyOf,
  infoKeyOf,
  isBlock,
  isVisible,
  toBackground,
  toEventInput,
} from '../calendar/events';
import { timeRange } from '../calendar/format';
import { fullCalendarLocales, intlLocale } from '../calendar/locales';
import { useI18n } from '../i18n';

interface Props {
  data: CalendarData | undefined;
  hiddenCalendars: ReadonlySet<string>;
  onRangeChange: (range: {
    from: string;
    to: string;
    start: Date;
    end: Date;
    view: string;
  }) => void;
  onOpen: (event: CalendarEvent) => void;
}

/** The week time grid, with day and agenda views; only ever fed the domain model. */
export const WeekCalendar = forwardRef<FullCalendar, Props>(function WeekCalendar(
  { data, hiddenCalendars, onRangeChange, onOpen },
  ref,
) {
  const { language, t } = useI18n();
  const settings = useSettings().data;
  const locale = intlLocale[language];

  const inputs = useMemo(() => {
    if (!data) return [];
    const colours = colourMap(data.calendars.map(infoKeyOf));
    const conflicts = new Set(data.conflicts.map((c) => c.doctenaEventId));
    const mirrors = new Set(data.mirrorIds);
    const filter = { hiddenCalendars, showCancelled: settings?.showCancelled ?? false };
    const events = data.events
      .filter((e) => isVisible(e, filter))
      .map((e) =>
        toEventInput(e, colours.get(calendarKeyOf(e)) ?? '#475569', {
          conflict: conflicts.has(e.id),
          mirror: mirrors.has(e.id),
        }),
      );
    const shown = data.calendars.filter((c) => !hiddenCalendars.has(infoKeyOf(c)));
    // Days and hours off belong to one practitioner: in a merged view they would grey out the
    // whole day for everyone, so they are drawn only when that calendar is shown alone.
    const alone = shown.length === 1 ? infoKeyOf(shown[0] ?? { accountId: '', id: '' }) : null;
    const visibleWindows = data.availability.filter(
      (w) =>
        !hiddenCalendars.has(calendarKeyOf(w)) &&
        (w.kind === 'working' || calendarKeyOf(w) === alone),
    );
    return [...visibleWindows.map(toBackground), ...events];
  }, [data, hiddenCalendars, settings?.showCancelled]);

  const label = (event: CalendarEvent) =>
    [
      timeRange(event.start, event.end, locale),
      event.patient?.name || event.title,
      isBlock(event) ? t('kind.block') : t(`status.${event.status}`),
      data?.calendars.find((c) => infoKeyOf(c) === calendarKeyOf(event))?.name,
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <FullCalendar
      ref={ref}
      plugins={[timeGridPlugin, listPlugin]}
      initialView="timeGridWeek"
      headerToolbar={false}
      locale={fullCalendarLocales[language]}
      firstDay={settings?.weekStartDay ?? 1}
      slotMinTime={settings?.workingHours.start ?? '07:00'}
      slotMaxTime={settings?.workingHours.end ?? '20:00'}
      slotDuration={{ minutes: settings?.slotMinutes ?? 15 }}
      slotLabelInterval={{ hours: 1 }}
      allDaySlot={false}
      nowIndicator
      expandRows
      height="100%"
      eventMinHeight={18}
      slotEventOverlap={false}
      events={inputs}
      datesSet={(arg: DatesSetArg) =>
        onRangeChange({
          from: arg.start.toISOString(),
          to: arg.end.toISOString(),
          start: arg.start,
          end: arg.end,
          view: arg.view.type,
        })
      }
      eventClick={(arg: EventClickArg) => {
        const event = arg.event.extendedProps.event as CalendarEvent | undefined;
        if (event) onOpen(event);
      }}
      eventDidMount={(arg: EventMountArg) => {
        const event = arg.event.extendedProps.event as CalendarEvent | undefined;
        if (!event) return;
        // Keyboard users reach every event with Tab and open it with Enter or Space.
        arg.el.tabIndex = 0;
        arg.el.setAttribute('role', 'button');
        arg.el.setAttribute('aria-label', label(event));
        arg.el.dataset.eventId = event.id;
        arg.el.onkeydown = (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen(event);
          }
        };
      }}
      eventContent={(arg: EventContentArg) => {
        const event = arg.event.extendedProps.event as CalendarEvent | undefined;
        if (!event) return undefined;
        // Plain DOM nodes rather than React elements: a busy week has a thousand of these.
        return { domNodes: [eventBody(event, arg.timeText, arg.view.type, locale)] };
      }}
    />
  );
});

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/** Time, name and reason; time and name on one line when the event is too short for three. */
function eventBody(event: CalendarEvent, timeText: string, view: string, locale: string) {
  const body = document.createElement('div');
  const name = event.patient?.name || event.title;
  const short = Date.parse(event.end) - Date.parse(event.start) < 30 * 60_000;
  if (short && view !== 'listDay') {
    body.className = 'fd-event-body fd-compact';
    const title = span('fd-event-title', ` ${name}`);
    title.prepend(span('fd-event-time', timeText));
    body.append(title);
    return body;
  }
  body.className = 'fd-event-body';
  body.append(
    span('fd-event-time', timeRange(event.start, event.end, locale)),
    span('fd-event-title', name),
  );
  if (event.reason) body.append(span('fd-event-reason', event.reason));
  return body;
}
