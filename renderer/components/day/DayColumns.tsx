import type {
  CalendarApi,
  CalendarOptions,
  DateSelectArg,
  DayHeaderContentArg,
  EventDropArg,
} from '@fullcalendar/core';
import type { EventDragStopArg, EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { CalendarEvent } from '../../../shared/domain';
import {
  columnBackground,
  type DayColumn,
  type Refusal,
  REFUSAL_KEYS,
  refusal,
  type SelectRange,
} from '../../calendar/columns';
import { openingScrollTime } from '../../calendar/opening-scroll';
import { PLATFORM_NAME } from '../../calendar/platform-mark';
import { useI18n } from '../../i18n';

interface Props {
  columns: DayColumn[];
  /** The day shown: each column is a one-day grid of this date. */
  date: Date;
  /** Options every column shares with the week grid (plugins, hours, slots, event hooks). */
  options: CalendarOptions;
  onMove: (event: CalendarEvent, start: string, end: string) => void;
  onSelectRange: SelectRange;
  /**
   * Changed by the shell when what a selection opened has closed (saved or cancelled): each
   * column is its own calendar, which the shell's unselect on the main grid does not reach.
   */
  selectionKey?: number;
}

/**
 * The Day view: one free (MIT) FullCalendar day grid per practitioner, side by side in one
 * scroll container, after the main calendar's time axis. Resource views would do this, but they
 * are under FullCalendar's commercial licence.
 */
export function DayColumns({ columns, date, options, onMove, onSelectRange, selectionKey }: Props) {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  const refuse = (why: Refusal, column: DayColumn) =>
    setNotice(t(REFUSAL_KEYS[why], { name: column.name }));
  const latest = useRef({ onMove, onSelectRange, refuse });
  latest.current = { onMove, onSelectRange, refuse };
  const day = date.toISOString();
  // The grids mounted now, so a closed dialog clears whichever column held the selection.
  const grids = useRef(new Set<CalendarApi>());
  useEffect(() => {
    for (const grid of grids.current) grid.unselect();
  }, [selectionKey]);
  // A new day clears what was said about the last drop.
  useEffect(() => setNotice(''), [day]);
  const anchor = useRef<HTMLParagraphElement>(null);
  const scrolledFor = useRef('');
  // The columns share one scroll container (the week grid's host), so FullCalendar's own
  // scrollTime does nothing here: open each day once at the working hours (or now), and leave
  // the receptionist's scroll position alone on later refetches.
  useEffect(() => {
    const container = anchor.current?.parentElement;
    const range = { start: date, end: new Date(date.getTime() + 86_400_000) };
    const time = openingScrollTime(
      columns.flatMap((c) => c.windows),
      range,
      new Date(),
    );
    if (!container || !time || scrolledFor.current === day) return;
    const lane = container.querySelector(
      `.fc-timegrid-slot-lane[data-time="${time.slice(0, 2)}:00:00"]`,
    );
    if (!lane) return;
    scrolledFor.current = day;
    const header = container.querySelector('.fc-col-header')?.getBoundingClientRect().height ?? 0;
    container.scrollTop +=
      lane.getBoundingClientRect().top - container.getBoundingClientRect().top - header;
  }, [columns, date, day]);
  return (
    <>
      {columns.map((column) => (
        <Column
          key={`${column.key}|${day}`}
          column={column}
          date={date}
          options={options}
          latest={latest}
          grids={grids}
        />
      ))}
      <p className="fd-columns-notice" role="status" ref={anchor}>
        {notice}
      </p>
    </>
  );
}

interface ColumnProps {
  column: DayColumn;
  date: Date;
  options: CalendarOptions;
  grids: React.RefObject<Set<CalendarApi>>;
  latest: React.RefObject<{
    onMove: Props['onMove'];
    onSelectRange: Props['onSelectRange'];
    refuse: (why: Refusal, column: DayColumn) => void;
  }>;
}

const Column = memo(function Column({ column, date, options, latest, grids }: ColumnProps) {
  const { key } = column;
  const current = useRef(column);
  current.current = column;
  const grid = useRef<FullCalendar>(null);
  useEffect(() => {
    const api = grid.current?.getApi();
    if (!api) return;
    const all = grids.current;
    all.add(api);
    return () => void all.delete(api);
  }, [grids]);
  // Stable in identity, like the week grid's handlers (see WeekCalendar): they read the latest
  // column and callbacks when they run.
  const handlers = useMemo(() => {
    const moved = (arg: EventDropArg | EventResizeDoneArg) => {
      const event = arg.event.extendedProps.event as CalendarEvent | undefined;
      const { start, end } = arg.event;
      if (!event || !start || !end) return;
      const why = refusal(current.current.windows, start, end);
      if (why) {
        // Refused here, before any request: the platform would refuse it after the round trip.
        arg.revert();
        latest.current.refuse(why, current.current);
        return;
      }
      latest.current.onMove(event, start.toISOString(), end.toISOString());
    };
    return {
      eventDrop: moved,
      eventResize: moved,
      // Each column is its own calendar, so a drop into another one is reverted by FullCalendar;
      // this only says why. Moving to another practitioner is not supported yet.
      eventDragStop: (arg: EventDragStopArg) => {
        const { clientX, clientY } = arg.jsEvent;
        const target = document
          .elementFromPoint(clientX, clientY)
          ?.closest<HTMLElement>('[data-column]');
        if (target && target.dataset.column !== key)
          latest.current.refuse('other-practitioner', current.current);
      },
      select: (arg: DateSelectArg) => {
        const why = refusal(current.current.windows, arg.start, arg.end);
        if (why) {
          arg.view.calendar.unselect();
          latest.current.refuse(why, current.current);
          return;
        }
        latest.current.onSelectRange(
          arg.start,
          arg.end,
          arg.jsEvent ? { x: arg.jsEvent.clientX, y: arg.jsEvent.clientY } : undefined,
          current.current.calendar,
        );
      },
      dayHeaderContent: (_arg: DayHeaderContentArg) => {
        const name = document.createElement('span');
        name.className = 'fd-column-name';
        name.textContent = current.current.name;
        const platform = document.createElement('span');
        platform.className = `fd-column-platform fd-source-${current.current.source}`;
        platform.textContent = PLATFORM_NAME[current.current.source];
        // A space between them for the accessible name; the spans are laid out as lines.
        return { domNodes: [name, document.createTextNode(' '), platform] };
      },
    };
  }, [key, latest]);
  const events = useMemo(() => [...columnBackground(column), ...column.events], [column]);
  const views = useMemo(() => ({ ...options.views, [COLUMN_VIEW]: ONE_DAY }), [options.views]);
  return (
    <div className="fd-day-column" data-column={key}>
      <FullCalendar
        ref={grid}
        {...options}
        initialView={COLUMN_VIEW}
        views={views}
        initialDate={date}
        height="auto"
        events={events}
        {...handlers}
      />
    </div>
  );
});

// A one-day time grid under its own name, so that `.fc-timeGridDay-view` stays the main grid's.
const COLUMN_VIEW = 'practitionerDay';
const ONE_DAY = { type: 'timeGrid', duration: { days: 1 } };
