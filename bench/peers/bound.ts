import { register } from './harness';
import './shared.css';
import { DAY_END_HOUR, DAY_START_HOUR, PRACTITIONERS, WEEKS, weekEvents } from './week';

/**
 * The plain-DOM bound: the week's events as absolutely positioned divs with the text Frontdesk
 * shows, placed by hand in a five-day grid (a column per practitioner within each day). No
 * framework, no overlap computation: what the browser itself needs to draw the same boxes.
 */
const SLOT_PX = 21;
const SLOT_MINUTES = 15;
const weeks = WEEKS.map((_, week) =>
  weekEvents(week).map((e) => ({
    start: new Date(e.start),
    end: new Date(e.end),
    column: Number(e.calendarId.slice(3)),
    name: e.title,
    reason: e.reason ?? '',
  })),
);

const STYLE = `
.b-scroll { height: calc(100% - 24px); overflow-y: auto; position: relative; font: 12px sans-serif; }
.b-head { display: flex; height: 24px; margin-left: 48px; font: 12px sans-serif; }
.b-head div { flex: 1; text-align: center; }
.b-grid { position: relative; margin-left: 48px; background: repeating-linear-gradient(#fff 0 ${SLOT_PX - 1}px, #ddd ${SLOT_PX - 1}px ${SLOT_PX}px); }
.b-hour { position: absolute; left: -48px; width: 44px; text-align: right; }
.b-event { position: absolute; box-sizing: border-box; overflow: hidden; background: #3b82f6; color: #fff; border: 1px solid #fff; border-radius: 3px; padding: 1px 2px; }
.b-event span { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;

let layer: HTMLElement | null = null;
let header: HTMLElement | null = null;

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

function span(text: string) {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

function draw(week: number) {
  const monday = WEEKS[week];
  const events = weeks[week];
  if (!layer || !header || !monday || !events) throw new Error(`no week ${week}`);
  header.replaceChildren(
    ...[0, 1, 2, 3, 4].map((d) => {
      const day = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + d);
      const el = document.createElement('div');
      el.textContent = day.toDateString().slice(0, 10);
      return el;
    }),
  );
  const hours = Array.from({ length: DAY_END_HOUR - DAY_START_HOUR }, (_, i) => {
    const el = document.createElement('div');
    el.className = 'b-hour';
    el.style.top = `${i * 4 * SLOT_PX}px`;
    el.textContent = `${pad(DAY_START_HOUR + i)}:00`;
    return el;
  });
  const dayWidth = 100 / 5;
  const boxes = events.map((e) => {
    const el = document.createElement('div');
    el.className = 'b-event';
    el.dataset.benchEvent = '';
    const day = Math.floor((e.start.getTime() - monday.getTime()) / 86_400_000);
    const fromTop = (e.start.getHours() - DAY_START_HOUR) * 60 + e.start.getMinutes();
    const minutes = (e.end.getTime() - e.start.getTime()) / 60_000;
    el.style.top = `${(fromTop / SLOT_MINUTES) * SLOT_PX}px`;
    el.style.height = `${(minutes / SLOT_MINUTES) * SLOT_PX}px`;
    el.style.left = `${day * dayWidth + (e.column * dayWidth) / PRACTITIONERS}%`;
    el.style.width = `${dayWidth / PRACTITIONERS}%`;
    el.append(span(`${clock(e.start)}–${clock(e.end)}`), span(e.name), span(e.reason));
    return el;
  });
  layer.replaceChildren(...hours, ...boxes);
}

register({
  selector: '[data-bench-event]',
  mount(root) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    header = document.createElement('div');
    header.className = 'b-head';
    const scroll = document.createElement('div');
    scroll.className = 'b-scroll';
    layer = document.createElement('div');
    layer.className = 'b-grid';
    layer.style.height = `${((DAY_END_HOUR - DAY_START_HOUR) * 60 * SLOT_PX) / SLOT_MINUTES}px`;
    scroll.append(layer);
    root.replaceChildren(style, header, scroll);
    draw(0);
  },
  show: draw,
});
