import type {
  CalendarOptions,
  DateSelectArg,
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventMountArg,
} from '@fullcalendar/core';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { CalendarData } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { useServiceColours } from '../api/serviceColours';
import { useSettings } from '../api/settings';
import { colourMap, NEUTRAL } from '../calendar/colors';
import {
  calendarKeyOf,
  describeKey,
  firstWorkingHour,
  idleWeekendDays,
  infoKeyOf,
  isVisible,
  toBackground,
  toEventInput,
} from '../calendar/events';
import { eventLabel, relabelWhenShown } from '../calendar/eventLabel';
import { heldEvents, syncEvents } from '../calendar/event-sync';
import { dropBatch, pausable, type DropBatch } from '../calendar/drop-batch';
import { clockTime, timeRange } from '../calendar/format';
import { tabInTimeOrder } from '../calendar/tabOrder';
import { openOnClick } from '../calendar/layerClick';
import { fullCalendarLocales, intlLocale } from '../calendar/locales';
import { openingScrollTime } from '../calendar/opening-scroll';
import { platformMark } from '../calendar/platform-mark';
import { serviceEventColours } from '../calendar/service-colour';
import { useI18n } from '../i18n';
import { isNew, newBadge, useNewBookings } from './states/newBookings';
import { dayColumns, type SelectRange } from '../calendar/columns';
import { DayColumns } from './day/DayColumns';

export interface VisibleRange {
  /** The whole week (or day) on screen, as ISO instants: what is asked of the main process. */
  from: string;
  to: string;
  start: Date;
  end: Date;
  view: string;
}

interface Props {
  data: CalendarData | undefined;
  hiddenCalendars: ReadonlySet<string>;
  /** Events waiting for the platform's answer: shown as pending, not draggable. */
  pending: ReadonlySet<string>;
  /** Offline: nothing can be changed. */
  readOnly: boolean;
  onMove: (event: CalendarEvent, start: string, end: string) => void;
  onSelectRange: SelectRange;
  /** Changed when what a selection opened has closed: the Day view's columns unselect too. */
  selectionKey?: number;
  onRangeChange: (range: VisibleRange) => void;
  onOpen: (event: CalendarEvent) => void;
  /** Right-click or the context-menu key on an event. */
  onContextMenu: (event: CalendarEvent, x: number, y: number) => void;
}

/** The week time grid, with day and agenda views; only ever fed the domain model. */
export const WeekCalendar = forwardRef<FullCalendar, Props>(function WeekCalendar(
  {
    data,
    hiddenCalendars,
    pending,
    readOnly,
    onMove,
    onSelectRange,
    selectionKey,
    onRangeChange,
    onOpen,
    onContextMenu,
  },
  ref,
) {
  const { language, t } = useI18n();
  const settings = useSettings().data;
  const serviceColours = useServiceColours(data?.calendars, settings?.serviceColours ?? false);
  const unseen = useNewBookings();
  const newLabel = t('event.new');
  const locale = intlLocale[language];
  const [view, setView] = useState('timeGridWeek');
  const [shownStart, setShownStart] = useState<Date | null>(null);
  const shownRange = useRef('');
  // The calendar itself, for its API; also what the shell's ref receives.
  const own = useRef<FullCalendar>(null);
  useImperativeHandle(ref, () => own.current as FullCalendar);
  const scrolledFor = useRef('');

  // FullCalendar scrolls to `scrollTime` when the range changes, before that range's data is
  // here; the first time a range's working hours are known, scroll to them (or to now) once.
  // Later refetches of the same range leave the receptionist's scroll position alone.
  useEffect(() => {
    const api = own.current?.getApi();
    const shown = api?.view;
    const range = shown ? { start: shown.currentStart, end: shown.currentEnd } : null;
    const hour = data && openingScrollTime(data.availability, range, new Date());
    if (!hour || scrolledFor.current === shownRange.current) return;
    scrolledFor.current = shownRange.current;
    api?.scrollToTime(hour);
  }, [data]);

  // By value: every refresh brings new calendar objects, and new texts would redraw every event.
  const namesKey = JSON.stringify((data?.calendars ?? []).map((c) => [infoKeyOf(c), c.name]));
  const calendarNames = useMemo(
    () => new Map(JSON.parse(namesKey) as [string, string][]),
    [namesKey],
  );

  const inputs = useMemo(() => {
    if (!data) return [];
    const colours = colourMap(data.calendars.map(infoKeyOf), settings?.calendarColours);
    const conflicts = new Set(data.conflicts.map((c) => c.doctenaEventId));
    const mirrors = new Set(data.mirrorIds);
    // Moves the write journal has not settled (no answer yet, or a crash): not movable either.
    const unsettled = new Set(data.pendingIds);
    const filter = { hiddenCalendars, showCancelled: settings?.showCancelled ?? false };
    const events = data.events
      .filter((e) => isVisible(e, filter))
      .map((e) => {
        const colour = colours.get(calendarKeyOf(e)) ?? NEUTRAL;
        const input = toEventInput(e, colour, {
          conflict: conflicts.has(e.id),
          mirror: mirrors.has(e.id),
        });
        const busy = pending.has(e.id) || unsettled.has(e.id);
        // Only what the platform lets us move, and never twice at once.
        const movable = !readOnly && !busy && e.actions.includes('move');
        return {
          ...input,
          ...serviceEventColours(e, colour, serviceColours),
          editable: movable,
          startEditable: movable,
          durationEditable: movable,
          classNames: [
            ...(input.classNames as string[]),
            ...(busy ? ['fd-pending'] : []),
            ...(unseen.has(e.id) ? ['fd-new'] : []),
          ],
        };
      });
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
  }, [
    data,
    hiddenCalendars,
    settings?.showCancelled,
    settings?.calendarColours,
    serviceColours,
    pending,
    readOnly,
    unseen,
  ]);

  // Decided on everything loaded, not only what is switched on, so toggling a calendar never
  // makes the grid jump.
  const hiddenDays = useMemo(
    () => (data && view === 'timeGridWeek' ? idleWeekendDays(data.events, data.availability) : []),
    [data, view],
  );

  // A short word: in German the full status pushed the patient's name out of a short event.
  const noShow = t('badge.noShow');
  const texts = useMemo(
    () => ({
      status: (event: CalendarEvent) => t(describeKey(event)),
      noShow,
      calendar: (event: CalendarEvent) => calendarNames.get(calendarKeyOf(event)) ?? '',
    }),
    [t, noShow, calendarNames],
  );

  // FullCalendar re-renders every event when a handler or a content hook changes identity, so
  // a re-render of the shell (a toast, the details panel opening) would redraw a whole busy week,
  // and could replace the event under the mouse between mousedown and click. The handlers are
  // made once and read the latest props when they run.
  const latest = useRef({ onMove, onSelectRange, onRangeChange, onOpen, onContextMenu, texts });
  latest.current = { onMove, onSelectRange, onRangeChange, onOpen, onContextMenu, texts };
  const batch = useRef<DropBatch | null>(null);
  const handlers = useMemo(() => {
    const moved = (arg: EventDropArg | EventResizeDoneArg) => {
      const event = arg.event.extendedProps.event as CalendarEvent | undefined;
      const { start, end } = arg.event;
      if (event && start && end)
        latest.current.onMove(event, start.toISOString(), end.toISOString());
      batch.current?.handed();
    };
    const started = () => batch.current?.started();
    const stopped = () => batch.current?.stopped();
    return {
      eventDragStart: started,
      eventDragStop: stopped,
      eventResizeStart: started,
      eventResizeStop: stopped,
      select: (arg: DateSelectArg) =>
        latest.current.onSelectRange(
          arg.start,
          arg.end,
          arg.jsEvent ? { x: arg.jsEvent.clientX, y: arg.jsEvent.clientY } : undefined,
        ),
      eventDrop: moved,
      eventResize: moved,
      datesSet: (arg: DatesSetArg) => {
        setView(arg.view.type);
        setShownStart(arg.view.currentStart);
        shownRange.current = `${arg.view.type}:${arg.view.currentStart.toISOString()}`;
        // The view's whole unit (week or day), not the days left after hiding idle weekends:
        // otherwise a weekend booking could never be loaded to bring its day back.
        latest.current.onRangeChange({
          from: arg.view.currentStart.toISOString(),
          to: arg.view.currentEnd.toISOString(),
          start: arg.view.currentStart,
          end: arg.view.currentEnd,
          view: arg.view.type,
        });
      },
      eventClick: (arg: EventClickArg) => {
        const event = arg.event.extendedProps.event as CalendarEvent | undefined;
        if (!event) return;
        // FullCalendar keeps the mouse from focusing the event; focus it so that closing the
        // details returns there, as it does for keyboard users.
        arg.el.focus();
        latest.current.onOpen(event);
      },
      eventDidMount: (arg: EventMountArg) => {
        const event = arg.event.extendedProps.event as CalendarEvent | undefined;
        if (!event) return;
        // A guard mirror is only its Docfav appointment's shadow: that appointment is the button
        // and the stop in the Tab order; the mirror is a named layer behind it.
        const shadow = arg.el.classList.contains('fd-mirror');
        // Keyboard users reach every event with Tab and open it with Enter or Space.
        if (!shadow) arg.el.tabIndex = 0;
        arg.el.setAttribute('role', shadow ? 'note' : 'button');
        // textContent, not innerText: innerText forces a layout per event, which a 1,000-event
        // week pays for. Renamed when its content is redrawn (eventContent).
        const { texts: now } = latest.current;
        arg.el.setAttribute('aria-label', eventLabel(arg.el.textContent ?? '', event, now));
        arg.el.dataset.eventId = event.id;
        const colour = arg.event.extendedProps.colour as string | undefined;
        if (colour) arg.el.style.setProperty('--fd-colour', colour);
        if (shadow) return;
        if (arg.event.display === 'background')
          openOnClick(arg.el, () => latest.current.onOpen(event));
        arg.el.onkeydown = (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            latest.current.onOpen(event);
          } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
            e.preventDefault();
            const r = arg.el.getBoundingClientRect();
            latest.current.onContextMenu(event, r.left + 10, r.top + 10);
          } else if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
            tabInTimeOrder(e, arg.el);
          }
        };
        arg.el.oncontextmenu = (e) => {
          e.preventDefault();
          latest.current.onContextMenu(event, e.clientX, e.clientY);
        };
      },
    };
  }, []);

  // Changes only with the language or the calendars' names, which redraws the events' text.
  const eventContent = useMemo(() => {
    // FullCalendar asks for the content of every event in the week whenever one changes; an
    // event drawn again unchanged gets its same nodes back, which FullCalendar leaves in place.
    // Numbers and flags rather than a key string: ten thousand entries stay small.
    const drawn = new WeakMap<CalendarEvent, Drawn>();
    return (arg: EventContentArg) => {
      const event = arg.event.extendedProps.event as CalendarEvent | undefined;
      // A whole-day block shows only its title (FullCalendar's default), never "00:00–00:00".
      const wholeDay =
        arg.event.display === 'background' && !arg.event.classNames.includes('fd-mirror');
      if (!event) return undefined;
      // `true` asks FullCalendar for its own content (undefined would leave the layer empty).
      if (wholeDay) return true;
      // Plain DOM nodes rather than React elements: a busy week has a thousand of these. The
      // times are FullCalendar's, not the booking's: while dragging they are where it would land.
      const when = { start: arg.event.start ?? event.start, end: arg.event.end ?? event.end };
      const fresh = isNew(event.id);
      // The drag mirror is drawn beside its event, so it never shares the event's nodes; nor do
      // the two days of an event that crosses midnight.
      const start = +new Date(when.start);
      const end = +new Date(when.end);
      const flags = (arg.isStart ? 1 : 0) | (arg.isEnd ? 2 : 0) | (fresh ? 4 : 0);
      const view = arg.view.type;
      const kept = arg.isMirror ? undefined : drawn.get(event);
      if (
        kept &&
        kept.view === view &&
        kept.start === start &&
        kept.end === end &&
        kept.flags === flags
      )
        return { domNodes: [kept.body] };
      const body = eventBody(event, when, arg.view.type, locale, texts);
      if (fresh) body.append(' ', newBadge(newLabel));
      relabelWhenShown(body, event, texts);
      if (!arg.isMirror) drawn.set(event, { view, start, end, flags, body });
      return { domNodes: [body] };
    };
  }, [locale, texts, newLabel]);
  const slotDuration = useMemo(
    () => ({ minutes: settings?.slotMinutes ?? 15 }),
    [settings?.slotMinutes],
  );

  // The Day view is one column per practitioner (components/day): this grid then keeps the date,
  // the navigation and the one time axis, and draws no events of its own.
  const columns = useMemo(
    () =>
      view === 'timeGridDay' && data
        ? dayColumns(data.calendars, hiddenCalendars, data.availability, inputs)
        : [],
    [view, data, hiddenCalendars, inputs],
  );
  const byColumn = columns.length > 0;

  // A drop renders the week once (see calendar/drop-batch).
  useEffect(() => {
    const made = dropBatch(() => pausable(own.current?.getApi()));
    batch.current = made;
    return () => {
      made.dispose();
      batch.current = null;
    };
  }, []);
  // Handed over change by change, not as the `events` prop (see calendar/event-sync), before the
  // browser paints, so a drop never shows the event back at its old place for a frame.
  const held = useRef(heldEvents());
  useLayoutEffect(() => {
    const api = own.current?.getApi();
    if (api) syncEvents(api, held.current, byColumn ? NO_EVENTS : inputs);
    batch.current?.settled();
  }, [byColumn, inputs]);
  const columnOptions = useMemo(
    (): CalendarOptions => ({
      plugins: PLUGINS,
      selectable: !readOnly,
      selectMirror: true,
      unselectAuto: true,
      snapDuration: slotDuration,
      headerToolbar: false,
      locale: fullCalendarLocales[language],
      timeZone: 'local',
      slotMinTime: settings?.workingHours.start ?? '07:00',
      slotMaxTime: settings?.workingHours.end ?? '20:00',
      slotDuration,
      slotLabelInterval: HOURLY,
      views: VIEWS,
      allDaySlot: false,
      nowIndicator: true,
      eventMinHeight: 18,
      slotEventOverlap: false,
      eventContent,
      eventClick: handlers.eventClick,
      eventDidMount: handlers.eventDidMount,
    }),
    [readOnly, slotDuration, language, settings?.workingHours, eventContent, handlers],
  );

  return (
    <div className={byColumn ? 'fd-calendar-host fd-day-columns' : 'fd-calendar-host'}>
      <FullCalendar
        ref={own}
        plugins={PLUGINS}
        selectable={!readOnly && !byColumn}
        selectMirror
        unselectAuto
        snapDuration={slotDuration}
        initialView="timeGridWeek"
        headerToolbar={false}
        locale={fullCalendarLocales[language]}
        timeZone="local"
        firstDay={settings?.weekStartDay ?? 1}
        hiddenDays={hiddenDays}
        slotMinTime={settings?.workingHours.start ?? '07:00'}
        scrollTime={(data && firstWorkingHour(data.availability)) ?? '07:00'}
        slotMaxTime={settings?.workingHours.end ?? '20:00'}
        slotDuration={slotDuration}
        slotLabelInterval={HOURLY}
        slotLabelFormat={CLOCK}
        eventTimeFormat={CLOCK}
        views={VIEWS}
        allDaySlot={false}
        nowIndicator
        expandRows
        height={byColumn ? 'auto' : '100%'}
        eventMinHeight={18}
        slotEventOverlap={false}
        eventContent={eventContent}
        {...handlers}
      />
      {byColumn && shownStart && (
        <DayColumns
          columns={columns}
          date={shownStart}
          options={columnOptions}
          onMove={onMove}
          onSelectRange={onSelectRange}
          selectionKey={selectionKey}
        />
      )}
    </div>
  );
});

/** An event's content as last drawn, and what it was drawn for. */
interface Drawn {
  view: string;
  start: number;
  end: number;
  /** isStart, isEnd and "new", as bits. */
  flags: number;
  body: HTMLElement;
}

// Options that never change, made once: a new object on every render makes FullCalendar
// re-read its options.
const PLUGINS = [timeGridPlugin, listPlugin, interactionPlugin];
const HOURLY = { hours: 1 };
const NO_EVENTS: never[] = [];
const CLOCK = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
// The time grid's events draw their own times (eventBody); FullCalendar's would be formatted for
// every event and then thrown away. The agenda keeps its time column.
const VIEWS = { timeGrid: { displayEventTime: false } };

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Appends the parts with a space between them. The spans are laid out as blocks, so the space
 * is never seen, but text read straight from the DOM (the event's name, axe's check that the
 * name contains the visible text) would otherwise run "08:00" and the patient's name together.
 */
function appendWords(parent: HTMLElement, ...parts: (HTMLElement | null)[]) {
  for (const part of parts) {
    if (!part) continue;
    if (parent.childNodes.length) parent.append(' ');
    parent.append(part);
  }
}

/**
 * Time, name and reason. Under half an hour there is room for one line only: start time and name.
 * The agenda has its own time column, so there the calendar's name takes the time's place.
 */
function eventBody(
  event: CalendarEvent,
  when: { start: Date | string; end: Date | string },
  view: string,
  locale: string,
  texts: { noShow: string; calendar: (event: CalendarEvent) => string },
) {
  const body = document.createElement('div');
  const name = event.patient?.name || event.title;
  const badge = event.status === 'no-show' ? span('fd-badge', texts.noShow) : null;
  if (view === 'listDay') {
    body.className = 'fd-event-body fd-list';
    const title = span('fd-event-title', name);
    if (badge) title.append(' ', badge);
    const reason = event.reason ? span('fd-event-reason', event.reason) : null;
    appendWords(
      body,
      title,
      reason,
      span('fd-event-calendar', texts.calendar(event)),
      platformMark(event.source),
    );
    return body;
  }
  const short = new Date(when.end).getTime() - new Date(when.start).getTime() < 30 * 60_000;
  if (short) {
    body.className = 'fd-event-body fd-compact';
    appendWords(
      body,
      span('fd-event-time', clockTime(when.start, locale)),
      span('fd-event-title', name),
      badge,
      platformMark(event.source),
    );
    return body;
  }
  body.className = 'fd-event-body';
  const head = span('fd-event-time', timeRange(when.start, when.end, locale));
  if (badge) head.append(' ', badge);
  head.append(platformMark(event.source));
  const reason = event.reason ? span('fd-event-reason', event.reason) : null;
  appendWords(body, head, span('fd-event-title', name), reason);
  return body;
}
