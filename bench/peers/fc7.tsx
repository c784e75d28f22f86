import FullCalendar, { type CalendarRef } from 'fc7-react';
import interactionPlugin from 'fc7-react/interaction';
import classicTheme from 'fc7-react/themes/classic';
import 'fc7-react/skeleton.css';
import 'fc7-react/themes/classic/theme.css';
import 'fc7-react/themes/classic/palette.css';
import timeGridPlugin from 'fc7-react/timegrid';
import { createRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { register } from './harness';
import './shared.css';
import { WEEKS, plainInputs } from './week';

/** Bare FullCalendar 7 (its React package, which bundles the plugins), handed the events as they are. */
const inputs = WEEKS.map((_, week) => plainInputs(week));
const calendar = createRef<CalendarRef>();
let setWeek: (week: number) => void = () => undefined;

function Page() {
  const [week, set] = useState(0);
  setWeek = set;
  return (
    <FullCalendar
      ref={calendar}
      plugins={PLUGINS}
      initialView="timeGridWeek"
      initialDate={WEEKS[0]}
      weekends={false}
      allDaySlot={false}
      slotMinTime="07:00"
      slotMaxTime="20:00"
      height="100%"
      editable
      selectable
      eventClass="bench-event"
      events={inputs[week]}
    />
  );
}

const PLUGINS = [timeGridPlugin, interactionPlugin, classicTheme];

register({
  selector: '.bench-event',
  mount: (root) => createRoot(root).render(<Page />),
  show(week) {
    const monday = WEEKS[week];
    if (!monday) throw new Error(`no week ${week}`);
    calendar.current?.getApi().gotoDate(monday);
    setWeek(week);
  },
});
