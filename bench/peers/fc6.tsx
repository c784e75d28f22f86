import interactionPlugin from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { createRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { register } from './harness';
import './shared.css';
import { WEEKS, plainInputs } from './week';

/** Bare FullCalendar 6 (the version the app uses), handed the events as they are. */
const inputs = WEEKS.map((_, week) => plainInputs(week));
const calendar = createRef<FullCalendar>();
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
      events={inputs[week]}
    />
  );
}

const PLUGINS = [timeGridPlugin, interactionPlugin];

register({
  selector: '.fc-timegrid-event',
  mount: (root) => createRoot(root).render(<Page />),
  show(week) {
    const monday = WEEKS[week];
    if (!monday) throw new Error(`no week ${week}`);
    calendar.current?.getApi().gotoDate(monday);
    setWeek(week);
  },
});
