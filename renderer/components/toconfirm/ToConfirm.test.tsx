// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionResult, CalendarData, ToConfirmList } from '../../../shared/contract';
import type { CalendarEvent, CalendarInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { translator } from '../../../shared/i18n/translate';
import { keys } from '../../api/keys';
import { startOfToday } from '../../api/toConfirm';
import {
  appointment,
  booking,
  calendarData,
  deferred,
  fakeMain,
  renderWithApp,
  type FakeMain,
} from '../../test/testing';
import { actionErrorText } from '../actions/actionErrorText';
import { COLLAPSED_ITEMS, ToConfirm } from './ToConfirm';

const calendars: CalendarInfo[] = [
  {
    id: 'c1',
    source: 'doctena',
    accountId: 'a',
    name: 'Allgemeinmedizin',
    owner: 'Dr. Anna Schmidt',
    timezone: null,
    clinicId: null,
    locationId: null,
  },
  {
    id: 'sc1',
    source: 'docfav',
    accountId: 'b',
    name: 'Lucía Fernández',
    owner: 'Lucía Fernández',
    timezone: 'Europe/Madrid',
    clinicId: 'k',
    locationId: 'l',
  },
];

const soon = booking({ start: '2026-11-24T15:00:00Z', end: '2026-11-24T15:30:00Z' });
const pending = appointment({ start: '2026-12-02T09:00:00Z', end: '2026-12-02T09:30:00Z' });

/** A main process whose list is `waiting`, until a confirmation takes an entry off it. */
function mainWith(waiting: CalendarEvent[], expiringIds: string[] = []) {
  const main = fakeMain();
  const state = { events: [...waiting] };
  main.answer('calendar:toConfirm', (): ToConfirmList => ({
    from: '2026-11-23T23:00:00Z',
    to: '2026-12-20T23:00:00Z',
    events: state.events,
    expiringIds,
  }));
  return { main, state };
}

function show(main: FakeMain, readOnly = false) {
  return renderWithApp(<ToConfirm calendars={calendars} readOnly={readOnly} />, main);
}

const region = () => screen.getByRole('region', { name: /^To confirm/ });
const items = () => within(region()).queryAllByRole('listitem');
const confirmButton = (name: string) =>
  within(region()).getByRole<HTMLButtonElement>('button', { name: new RegExp(`^Confirm ${name}`) });

afterEach(cleanup);

describe('the To confirm list', () => {
  it('shows each entry’s time, calendar, platform and patient, with the count in the heading', async () => {
    const { main } = mainWith([soon, pending], [soon.id]);
    show(main);
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(screen.getByRole('heading', { name: 'To confirm 2' })).toBeTruthy();
    expect(main.inputs('calendar:toConfirm')).toEqual([{ from: startOfToday(), weeks: 4 }]);

    const [first, second] = items();
    expect(first?.textContent).toContain('Anna Weber');
    expect(first?.textContent).toContain('Allgemeinmedizin · Dr. Anna Schmidt · Doctena');
    expect(first?.textContent).toContain('Expires soon');
    expect(second?.textContent).toContain('Eva Prieto');
    expect(second?.textContent).toContain('Lucía Fernández · Docfav');
    expect(second?.textContent).not.toContain('Expires soon');
    // The button says what it confirms; its visible word stays "Confirm".
    const button = confirmButton('Anna Weber');
    expect(button.textContent).toBe('Confirm');
    expect(button.getAttribute('aria-label')).toMatch(/^Confirm Anna Weber, .*24 Nov/);
    expect(screen.getByText('From today until Sun 20 Dec')).toBeTruthy();
  });

  it('says when nothing is waiting', async () => {
    const { main } = mainWith([]);
    show(main);
    expect(await screen.findByText('Nothing is waiting for confirmation.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'To confirm 0' })).toBeTruthy();
  });

  it(`shows ${COLLAPSED_ITEMS} entries until asked for all`, async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 8 }, (_, i) =>
      booking({
        id: `doctena:a:doctena-booking:${i}`,
        start: `2026-12-0${i + 1}T09:00:00Z`,
        end: `2026-12-0${i + 1}T09:30:00Z`,
      }),
    );
    const { main } = mainWith(many);
    show(main);
    await waitFor(() => expect(items()).toHaveLength(COLLAPSED_ITEMS));
    expect(screen.getByRole('heading', { name: 'To confirm 8' })).toBeTruthy();
    const more = screen.getByRole('button', { name: 'Show all (8)' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(items()).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(items()).toHaveLength(COLLAPSED_ITEMS);
  });

  it('refetches when a sync has finished', async () => {
    const { main, state } = mainWith([soon]);
    show(main);
    await waitFor(() => expect(items()).toHaveLength(1));
    state.events = [soon, pending];
    main.push('sync:finished', {
      accountId: 'b',
      at: '2026-11-24T09:00:00Z',
      ok: true,
      changed: 1,
    });
    await waitFor(() => expect(items()).toHaveLength(2));
  });
});

describe('confirming from the list', () => {
  it('is pending while the platform answers, then the entry leaves and focus moves on', async () => {
    const user = userEvent.setup();
    const { main, state } = mainWith([soon, pending]);
    const answer = deferred<ActionResult>();
    main.answer('event:setStatus', () => answer.promise);
    const { queryClient } = show(main);
    await waitFor(() => expect(items()).toHaveLength(2));
    // The calendar on screen holds the same booking: it changes at once too.
    const week = keys.calendar.range({ from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' });
    queryClient.setQueryData(week, calendarData([soon]));
    const inCalendar = () => queryClient.getQueryData<CalendarData>(week)?.events[0]?.status;

    await user.click(confirmButton('Anna Weber'));
    expect(main.inputs('event:setStatus')).toEqual([
      { eventId: soon.id, action: 'confirm', notifyPatient: true },
    ]);
    expect(within(region()).getByRole('status').textContent).toBe('Saving…');
    expect(confirmButton('Anna Weber').disabled).toBe(true);
    expect(items()[0]?.getAttribute('aria-busy')).toBe('true');
    expect(inCalendar()).toBe('confirmed');

    state.events = [pending];
    answer.resolve({ event: { ...soon, status: 'confirmed', actions: ['cancel'] }, undo: null });
    expect(await screen.findByText('Appointment confirmed.')).toBeTruthy();
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(screen.getByRole('heading', { name: 'To confirm 1' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(confirmButton('Eva Prieto')));
  });

  it('keeps the entry and words a refusal as the details panel does', async () => {
    const user = userEvent.setup();
    const { main } = mainWith([soon, pending]);
    const refusal = new AppError('unavailable', { vendor: 'doctena', outcome: 'unknown' });
    main.answer('event:setStatus', () => {
      throw refusal;
    });
    show(main);
    await waitFor(() => expect(items()).toHaveLength(2));

    await user.click(confirmButton('Anna Weber'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(actionErrorText(refusal, translator('en')));
    expect(items()).toHaveLength(2);
    expect(confirmButton('Anna Weber').disabled).toBe(false);
  });

  it('brings an entry back when the confirmation is undone', async () => {
    const user = userEvent.setup();
    const { main, state } = mainWith([pending]);
    const confirmed = { ...pending, status: 'confirmed' as const, actions: ['cancel' as const] };
    main.answer('event:setStatus', ({ action }) =>
      action === 'confirm'
        ? { event: confirmed, undo: 'unconfirm' }
        : { event: pending, undo: null },
    );
    show(main);
    await waitFor(() => expect(items()).toHaveLength(1));

    state.events = [];
    await user.click(confirmButton('Eva Prieto'));
    await waitFor(() => expect(items()).toHaveLength(0));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(main.inputs('event:setStatus').map((i) => i.action)).toEqual(['confirm', 'unconfirm']);
  });

  it('offers no confirmation while the calendar is read-only (offline)', async () => {
    const { main } = mainWith([soon]);
    show(main, true);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(confirmButton('Anna Weber').disabled).toBe(true);
  });

  it('opens an entry in its week when its name is picked', async () => {
    const { main } = mainWith([soon, pending]);
    const opened: CalendarEvent[] = [];
    renderWithApp(
      <ToConfirm calendars={calendars} readOnly={false} onOpen={(e) => opened.push(e)} />,
      main,
    );
    await waitFor(() => expect(items()).toHaveLength(2));
    const name = pending.patient?.name ?? pending.title;
    await userEvent.click(within(region()).getByRole('button', { name }));
    expect(opened.map((e) => e.id)).toEqual([pending.id]);
  });
});
