// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Range } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { translator } from '../../../shared/i18n/translate';
import { useActionRunner } from '../../api/actions';
import { useCalendarRange } from '../../api/calendar';
import { appointment, booking, fakeMain, renderWithApp, type FakeMain } from '../../test/testing';
import { actionErrorText } from './actionErrorText';
import { useMoveFlow } from './useMoveFlow';

const range: Range = { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' };
const target = { start: '2026-11-25T10:00:00Z', end: '2026-11-25T10:30:00Z' };

/** The calendar as the cache has it, and a button that drops `event` at `target`. */
function Desk({ event }: { event: CalendarEvent }) {
  const runner = useActionRunner();
  const flow = useMoveFlow(runner);
  const calendar = useCalendarRange(range);
  return (
    <>
      <ul aria-label="calendar">
        {calendar.data?.events.map((e) => (
          <li key={e.id} data-pending={runner.pending.has(e.id)}>
            {e.id} {e.start}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => flow.begin(event, target.start, target.end)}>
        drop
      </button>
      {flow.dialog}
    </>
  );
}

async function open(main: FakeMain, event: CalendarEvent) {
  const view = renderWithApp(<Desk event={event} />, main);
  await screen.findByText(`${event.id} ${event.start}`);
  // The notify default comes from the settings: wait for them as a drag would.
  await waitFor(() => expect(view.queryClient.getQueryData(['settings'])).toBeDefined());
  return view;
}

const shown = (event: CalendarEvent) =>
  within(screen.getByRole('list', { name: 'calendar' })).getByText(new RegExp(`^${event.id} `));

afterEach(cleanup);

describe('moving a Doctena booking', () => {
  it('asks first, then moves it with the chosen notification and refetches nothing itself', async () => {
    const user = userEvent.setup();
    const event = booking();
    const main = fakeMain([event]);
    main.answer('event:move', (input) => ({
      status: 'moved',
      event: { ...event, start: input.start, end: input.end },
    }));
    await open(main, event);

    await user.click(screen.getByRole('button', { name: 'drop' }));
    const dialog = screen.getByRole('dialog', { name: 'Move this appointment?' });
    // Shown at the new time at once, pending, and nothing asked of the platform yet.
    expect(shown(event).textContent).toContain(target.start);
    expect(shown(event).dataset.pending).toBe('true');
    expect(main.inputs('event:move')).toHaveLength(0);
    const notify = within(dialog).getByRole('checkbox', { name: /Notify the patient/ });
    expect(document.activeElement).toBe(notify);
    // The question says what the patient will receive, as the checkbox is set.
    expect(
      within(dialog).getByText('Doctena will send the patient an SMS and an e-mail.'),
    ).toBeTruthy();
    await user.click(notify);
    expect(within(dialog).getByText('The patient is not told.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    await screen.findByText(/^Moved to /);
    expect(main.inputs('event:move')).toEqual([
      { eventId: event.id, ...target, notifyPatient: false, force: false },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shown(event).textContent).toContain(target.start);
    expect(shown(event).dataset.pending).toBe('false');
    // The move answered with the event: only the main process's push refetches.
    expect(main.inputs('calendar:range')).toHaveLength(1);
    main.push('sync:finished', { accountId: 'a', at: target.start, ok: true, changed: 1 });
    await waitFor(() => expect(main.inputs('calendar:range')).toHaveLength(2));
  });

  it('puts it back, asking nothing, when the desk leaves it where it was (or presses Escape)', async () => {
    const user = userEvent.setup();
    const event = booking();
    const main = fakeMain([event]);
    await open(main, event);

    await user.click(screen.getByRole('button', { name: 'drop' }));
    await user.click(screen.getByRole('button', { name: 'Leave where it was' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shown(event).textContent).toContain(event.start);
    expect(shown(event).dataset.pending).toBe('false');

    const drop = screen.getByRole('button', { name: 'drop' });
    await user.click(drop);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shown(event).textContent).toContain(event.start);
    // Focus goes back to where the move started.
    expect(document.activeElement).toBe(drop);
    expect(main.inputs('event:move')).toHaveLength(0);
  });

  it('puts it back and says why in the desk’s words when the platform refuses', async () => {
    const user = userEvent.setup();
    const event = booking();
    const main = fakeMain([event]);
    const refusal = new AppError('conflict', { reason: 'changed-meanwhile', vendor: 'doctena' });
    main.answer('event:move', () => {
      throw refusal;
    });
    await open(main, event);

    await user.click(screen.getByRole('button', { name: 'drop' }));
    await user.click(screen.getByRole('button', { name: 'Move' }));

    const t = translator('en');
    const reason = actionErrorText(refusal, t);
    expect(reason).not.toBe(t('connect.error.other'));
    expect((await screen.findByRole('alert')).textContent).toContain(reason);
    expect(shown(event).textContent).toContain(event.start);
    expect(shown(event).dataset.pending).toBe('false');
  });
});

describe('moving a Docfav appointment onto a taken time', () => {
  it('books anyway only after the second confirmation', async () => {
    const user = userEvent.setup();
    const event = appointment();
    const main = fakeMain([event]);
    const moved = { ...event, id: 'docfav:b:docfav-appointment:10', vendorId: '10', ...target };
    main.answer('event:move', (input) =>
      input.force
        ? { status: 'moved', event: moved }
        : {
            status: 'conflict',
            conflicts: [{ type: 'time_reservation', ...target, label: 'Reserved' }],
          },
    );
    await open(main, event);

    // Docfav asks nothing first: the platform is asked at once, without force.
    await user.click(screen.getByRole('button', { name: 'drop' }));
    const dialog = await screen.findByRole('dialog', { name: 'This time is taken' });
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
    expect(main.inputs('event:move').map((m) => m.force)).toEqual([false]);
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Leave where it was' }),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Book anyway' }));
    await screen.findByText(/^Moved to /);
    expect(main.inputs('event:move').map((m) => m.force)).toEqual([false, true]);
    // The new booking replaces the old one in the calendar.
    expect(screen.queryByText(new RegExp(`^${event.id} `))).toBeNull();
    expect(shown(moved).textContent).toContain(target.start);
  });

  it('is back where it was when the desk declines', async () => {
    const user = userEvent.setup();
    const event = appointment();
    const main = fakeMain([event]);
    main.answer('event:move', () => ({
      status: 'conflict',
      conflicts: [{ type: 'appointment', ...target, label: 'Appointment' }],
    }));
    await open(main, event);

    await user.click(screen.getByRole('button', { name: 'drop' }));
    await user.click(await screen.findByRole('button', { name: 'Leave where it was' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shown(event).textContent).toContain(event.start);
    expect(main.inputs('event:move')).toHaveLength(1);
  });
});

describe('a move that settles later', () => {
  it('is told to the desk, and the calendar refetched, when the main process pushes it', async () => {
    const event = appointment();
    const main = fakeMain([event]);
    await open(main, event);

    main.push('move:settled', { accountId: 'b', outcome: 'moved', start: target.start });
    expect((await screen.findByRole('status')).textContent).toMatch(/went through/);
    await waitFor(() => expect(main.inputs('calendar:range')).toHaveLength(2));
  });
});
