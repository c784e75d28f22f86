// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Range, SlotList } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import { useActionRunner } from '../../api/actions';
import { useCalendarRange } from '../../api/calendar';
import { appointment, booking, fakeMain, renderWithApp, type FakeMain } from '../../test/testing';
import { useMoveFlow } from '../actions/useMoveFlow';
import { ChangeTime } from './ChangeTime';

const range: Range = { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' };

/** The calendar with its move flow (as the shell has it), and "Change time" for one event. */
function Desk({ event }: { event: CalendarEvent }) {
  const runner = useActionRunner();
  const flow = useMoveFlow(runner);
  const calendar = useCalendarRange(range);
  const shown = calendar.data?.events.find((e) => e.id === event.id) ?? event;
  return (
    <>
      <ul aria-label="calendar">
        {calendar.data?.events.map((e) => (
          <li key={e.id} data-pending={runner.pending.has(e.id)}>
            {e.id} {e.start}
          </li>
        ))}
      </ul>
      <ChangeTime event={shown} />
      {flow.dialog}
    </>
  );
}

async function open(main: FakeMain, event: CalendarEvent) {
  const view = renderWithApp(<Desk event={event} />, main);
  await screen.findByText(`${event.id} ${event.start}`);
  await waitFor(() => expect(view.queryClient.getQueryData(['settings'])).toBeDefined());
  return view;
}

const shown = (event: CalendarEvent) =>
  within(screen.getByRole('list', { name: 'calendar' })).getByText(new RegExp(`^${event.id} `));

/** A local wall time of the test's zone, as the date and time fields mean it. */
const local = (date: string, time: string) => new Date(`${date}T${time}`).toISOString();

const slots = (list: { start: string; end: string }[], paired = false): SlotList => ({
  slots: list,
  calendars: paired
    ? [
        { accountId: 'b', calendarId: 'sc1' },
        { accountId: 'a', calendarId: 'c1' },
      ]
    : [{ accountId: 'b', calendarId: 'sc1' }],
  durationMinutes: 30,
  next: '2026-12-22T09:00:00Z',
  requests: 1,
});

beforeEach(() => {
  // Only the clock: "already passed" is judged against it; React's timers stay real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T09:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Change time', () => {
  it('moves a Doctena booking with the keyboard alone, through the same flow as a drag', async () => {
    const user = userEvent.setup();
    const event = booking();
    const main = fakeMain([event]);
    main.answer('slots:find', () => slots([]));
    main.answer('event:move', (input) => ({
      status: 'moved',
      event: { ...event, start: input.start, end: input.end },
    }));
    await open(main, event);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change time' }));
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Change time: Anna Weber' });
    const date = within(dialog).getByLabelText('New date');
    expect(document.activeElement).toBe(date);
    await user.clear(date);
    await user.type(date, '2026-11-27');
    await user.tab();
    const time = within(dialog).getByLabelText('New time');
    expect(document.activeElement).toBe(time);
    await user.clear(time);
    await user.type(time, '14:30');
    expect([date, time].map((f) => (f as HTMLInputElement).value)).toEqual(['2026-11-27', '14:30']);
    // No free slot listed: the next stops are Cancel, then the dialog's own button.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Move to this time' }),
    );
    await user.keyboard('{Enter}');

    // The drag's own confirmation, with the event already shown at its new time, pending.
    const ask = await screen.findByRole('dialog', { name: 'Move this appointment?' });
    const target = { start: local('2026-11-27', '14:30'), end: local('2026-11-27', '15:00') };
    expect(shown(event).textContent).toContain(target.start);
    expect(shown(event).dataset.pending).toBe('true');
    expect(main.inputs('event:move')).toHaveLength(0);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Move' }));
    await user.keyboard('{Enter}');

    await screen.findByText(/^Moved to /);
    expect(main.inputs('event:move')).toEqual([
      { eventId: event.id, ...target, notifyPatient: true, force: false },
    ]);
    // The slots asked for are the practitioner's, of the appointment's length.
    expect(main.inputs('slots:find')[0]).toMatchObject({
      accountId: 'a',
      calendarId: 'c1',
      durationMinutes: 30,
    });
  });

  it('moves a Docfav appointment to a picked free slot, and books anyway only when asked twice', async () => {
    const user = userEvent.setup();
    const event = appointment();
    const main = fakeMain([event]);
    const free = { start: '2026-11-26T15:00:00Z', end: '2026-11-26T15:30:00Z' };
    main.answer('slots:find', () => slots([free], true));
    const moved = { ...event, id: 'docfav:b:docfav-appointment:10', vendorId: '10', ...free };
    main.answer('event:move', (input) =>
      input.force
        ? { status: 'moved', event: moved }
        : { status: 'conflict', conflicts: [{ type: 'appointment', ...free }] },
    );
    await open(main, event);

    await user.click(screen.getByRole('button', { name: 'Change time' }));
    const dialog = screen.getByRole('dialog', { name: 'Change time: Eva Prieto' });
    expect(await within(dialog).findByText(/Free on Docfav and on Doctena/)).toBeTruthy();
    const day = within(dialog).getByRole('group', { name: /26 November/ });
    await user.click(within(day).getByRole('button', { name: /26 Nov/ }));

    expect(screen.queryByRole('dialog', { name: /^Change time/ })).toBeNull();
    const conflict = await screen.findByRole('dialog', { name: 'This time is taken' });
    expect(main.inputs('event:move').map((m) => m.force)).toEqual([false]);
    await user.click(within(conflict).getByRole('button', { name: 'Book anyway' }));
    await screen.findByText(/^Moved to /);
    expect(main.inputs('event:move')).toEqual([
      { eventId: event.id, ...free, notifyPatient: false, force: false },
      { eventId: event.id, ...free, notifyPatient: false, force: true },
    ]);
  });

  it('says what is wrong with a time that has passed, and moves nothing', async () => {
    const user = userEvent.setup();
    const event = booking();
    const main = fakeMain([event]);
    main.answer('slots:find', () => slots([]));
    await open(main, event);

    await user.click(screen.getByRole('button', { name: 'Change time' }));
    const dialog = screen.getByRole('dialog', { name: /^Change time/ });
    const date = within(dialog).getByLabelText('New date');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(within(dialog).getByRole('button', { name: 'Move to this time' }));

    expect(within(dialog).getByText(/already passed/)).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(await within(dialog).findByText('No free slot in the next 4 weeks.')).toBeTruthy();
    // Escape leaves it where it was, with nothing asked of the platform.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main.inputs('event:move')).toHaveLength(0);
    expect(shown(event).dataset.pending).toBe('false');
  });

  it('is not offered for what cannot move, nor while a move of it is pending', async () => {
    const main = fakeMain([]);
    renderWithApp(<Desk event={booking({ actions: ['confirm', 'cancel'] })} />, main);
    await waitFor(() => expect(main.inputs('calendar:range')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Change time' })).toBeNull();
  });
});
