// @vitest-environment happy-dom
import type { CalendarApi, CalendarOptions } from '@fullcalendar/core';
import interactionPlugin from '@fullcalendar/interaction';
import timeGridPlugin from '@fullcalendar/timegrid';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarData } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { dayColumns } from '../../calendar/columns';
import { openOnClick } from '../../calendar/layerClick';
import { calendarData, fakeMain, renderWithApp } from '../../test/testing';
import { BlockDialog } from '../actions/BlockDialog';
import { useBookingFlow } from '../booking/useBookingFlow';
import { DayColumns } from './DayColumns';

const info = (source: 'docfav' | 'doctena', accountId: string, id: string, name: string) =>
  ({
    id,
    source,
    accountId,
    name,
    owner: name,
    timezone: null,
    clinicId: source === 'docfav' ? 'clinic' : null,
    locationId: source === 'docfav' ? 'location' : null,
  }) satisfies CalendarInfo;

const lucia = info('docfav', 'df', 'sc-lucia', 'Lucía Fernández');
const pablo = info('docfav', 'df', 'sc-pablo', 'Pablo Ruiz');
const schmidt = info('doctena', 'dt', 'c1', 'Dr. Schmidt');
const lang = info('doctena', 'dt', 'c2', 'Dr. Lang');
const data: CalendarData = { ...calendarData([]), calendars: [lucia, pablo, schmidt, lang] };

const DAY = new Date(2026, 10, 26);
const at = (hours: number) => new Date(2026, 10, 26, hours);

afterEach(cleanup);

describe('a range selected in a Day-view column', () => {
  /** The columns, with a hook that hands the test each column's calendar. */
  function columns(unselect?: () => void) {
    const grids: CalendarApi[] = [];
    const onSelectRange = vi.fn();
    const options: CalendarOptions = {
      plugins: [timeGridPlugin, interactionPlugin],
      selectable: true,
      timeZone: 'local',
      datesSet: (arg) => void grids.push(arg.view.calendar),
      ...(unselect && { unselect }),
    };
    const list = dayColumns([lucia, pablo], new Set(), [], []);
    /** The shell: a new key when what the selection opened has closed. */
    function Shell() {
      const [key, setKey] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setKey((k) => k + 1)}>
            closed
          </button>
          <DayColumns
            columns={list}
            date={DAY}
            options={options}
            onMove={() => {}}
            onSelectRange={onSelectRange}
            selectionKey={key}
          />
        </>
      );
    }
    renderWithApp(<Shell />, fakeMain());
    return { grids, onSelectRange };
  }

  it("hands on the column's practitioner", () => {
    const { grids, onSelectRange } = columns();
    expect(grids).toHaveLength(2);
    grids[1]?.select(at(10), at(11));
    expect(onSelectRange).toHaveBeenCalledWith(at(10), at(11), undefined, {
      accountId: 'df',
      calendarId: 'sc-pablo',
    });
  });

  it('is unselected in its column when the shell says what it opened has closed', () => {
    const unselect = vi.fn();
    const { grids } = columns(unselect);
    grids[1]?.select(at(10), at(11));
    expect(unselect).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'closed' }));
    expect(unselect).toHaveBeenCalledTimes(1);
  });
});

/** The shell's part: what a selection opens, and what it asks to block. */
function Flow(props: { calendar: { accountId: string; calendarId: string } }) {
  const onBlock = vi.fn();
  const booking = useBookingFlow({ data, hiddenCalendars: new Set(), onBlock, onDone: () => {} });
  return (
    <>
      <button
        type="button"
        onClick={() => booking.select(at(10), at(11), { x: 10, y: 10 }, props.calendar)}
      >
        select
      </button>
      {booking.elements}
    </>
  );
}

describe('what a column selection opens', () => {
  it("opens the booking dialog on that column's practitioner", async () => {
    const main = fakeMain();
    main.answer('booking:options', () => ({ services: [], defaultStatus: 'pending' }));
    const user = userEvent.setup();
    renderWithApp(<Flow calendar={{ accountId: 'df', calendarId: 'sc-pablo' }} />, main);
    await user.click(screen.getByRole('button', { name: 'select' }));
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));
    const dialog = await screen.findByRole('dialog', { name: 'New appointment' });
    // Lucía is the first Docfav practitioner: without the column she would be chosen.
    const chosen = within(dialog).getByRole<HTMLSelectElement>('combobox', {
      name: /practitioner/i,
    });
    expect(chosen.selectedOptions[0]?.textContent).toContain('Pablo Ruiz');
  });

  it("preselects only that column's calendar in the block dialog", () => {
    renderWithApp(
      <BlockDialog
        draft={{
          mode: 'new',
          start: at(10),
          end: at(11),
          calendar: { accountId: 'dt', calendarId: 'c2' },
        }}
        data={data}
        hiddenCalendars={new Set()}
        onClose={() => {}}
      />,
      fakeMain(),
    );
    const box = (name: RegExp) => screen.getByRole<HTMLInputElement>('checkbox', { name });
    expect(box(/Dr\. Lang/).checked).toBe(true);
    expect(box(/Dr\. Schmidt/).checked).toBe(false);
  });
});

describe('a left click on a whole-day block', () => {
  it('opens it and starts no selection on the grid beneath', () => {
    const grid = document.createElement('div');
    const layer = document.createElement('div');
    grid.append(layer);
    document.body.append(grid);
    const pressed = vi.fn();
    grid.addEventListener('mousedown', pressed);
    const open = vi.fn();
    openOnClick(layer, open);
    layer.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
    layer.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
    expect(pressed).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledTimes(1);
    // The right button is the context menu's, which the grid handles as before.
    layer.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 2 }));
    expect(pressed).toHaveBeenCalledTimes(1);
    grid.remove();
  });
});
