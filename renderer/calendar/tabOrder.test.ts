// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { tabInTimeOrder } from './tabOrder';

/** A day column with events at the given tops, put in the DOM in the order given. */
function column(date: string, tops: number[]): HTMLElement[] {
  const col = document.createElement('td');
  col.dataset.date = date;
  document.body.append(col);
  return tops.map((top, i) => {
    const el = document.createElement('a');
    el.tabIndex = 0;
    el.dataset.eventId = `${date}-${top}`;
    el.getBoundingClientRect = () => DOMRect.fromRect({ x: i * 10, y: top, width: 10, height: 10 });
    col.append(el);
    return el;
  });
}

function tab(from: HTMLElement, shiftKey = false) {
  from.focus();
  const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  tabInTimeOrder(e, from);
  return { prevented: e.defaultPrevented, focused: document.activeElement as HTMLElement };
}

afterEach(() => document.body.replaceChildren());

describe('Tab between events', () => {
  it('follows time within a day, whatever the DOM order, then goes on to the next day', () => {
    // As FullCalendar draws overlaps: the stacked 09:00 comes after 11:00 in the DOM.
    const [eight, eleven, nine] = column('2026-12-01', [80, 110, 90]);
    const [nextDay] = column('2026-12-02', [50]);
    expect(tab(eight!).focused).toBe(nine);
    expect(tab(nine!).focused).toBe(eleven);
    expect(tab(eleven!).focused).toBe(nextDay);
    expect(tab(eleven!, true).focused).toBe(nine);
  });

  it('leaves the grid from its DOM end, to what follows it', () => {
    const [first, last] = column('2026-12-01', [120, 80]);
    // `first` is last in time: Tab is left to the browser, from the grid's last element.
    const out = tab(first!);
    expect(out.prevented).toBe(false);
    expect(out.focused).toBe(last);
    const back = tab(last!, true);
    expect(back.prevented).toBe(false);
    expect(back.focused).toBe(first);
  });
});
