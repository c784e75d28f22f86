// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BookingInput, CalendarData, PatientMatch, Range } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { useCalendarRange } from '../../api/calendar';
import {
  appointment,
  calendarData,
  deferred,
  fakeMain,
  renderWithApp,
  type FakeMain,
} from '../../test/testing';
import { BookingDialog } from './BookingDialog';
import { SEARCH_DEBOUNCE_MS } from './PatientCombobox';

const range: Range = { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' };
const START = new Date('2026-11-26T10:00:00Z');
const SERVICE = 'd0cfa000-0000-4000-8000-000000000502';
const MARIA: PatientMatch = {
  clientId: 'c0000000-0000-4000-8000-000000000001',
  name: 'María García López',
  phone: '+34 600 555 001',
  email: 'maria@example.org',
  number: 1,
};
const MARTA: PatientMatch = {
  ...MARIA,
  clientId: 'c0000000-0000-4000-8000-000000000002',
  name: 'Marta García Ruiz',
};

const lucia: CalendarInfo = {
  id: 'sc-lucia',
  source: 'docfav',
  accountId: 'df',
  name: 'Lucía Fernández',
  owner: 'Lucía Fernández',
  timezone: 'Europe/Madrid',
  clinicId: 'clinic',
  locationId: 'location',
};
const general: CalendarInfo = {
  ...lucia,
  id: 'general',
  source: 'doctena',
  accountId: 'dt',
  name: 'Allgemeinmedizin',
  clinicId: null,
  locationId: null,
};
const data: CalendarData = { ...calendarData([]), calendars: [lucia, general] };

/** The dialog over a calendar whose cached week is listed, pending entries marked. */
function Desk({ onClose }: { onClose: () => void }) {
  const week = useCalendarRange(range);
  return (
    <>
      <ul aria-label="calendar">
        {week.data?.events.map((e) => (
          <li key={e.id} data-pending={week.data?.pendingIds.includes(e.id)}>
            {e.patient?.name} {e.start}
          </li>
        ))}
      </ul>
      <BookingDialog
        draft={{ start: START, end: new Date(START.getTime() + 30 * 60_000) }}
        data={data}
        hiddenCalendars={new Set()}
        onClose={onClose}
      />
    </>
  );
}

function platform(): FakeMain {
  const main = fakeMain([]);
  main.answer('booking:options', () => ({
    services: [
      { id: 'd0cfa000-0000-4000-8000-000000000501', name: 'Fisioterapia', minutes: 45 },
      { id: SERVICE, name: 'Consulta', minutes: 30 },
    ],
    defaultStatus: 'pending',
  }));
  main.answer('patients:search', ({ query }) =>
    [MARIA, MARTA].filter((p) => p.name.toLowerCase().includes(query.toLowerCase())),
  );
  main.answer('slots:find', () => ({
    slots: [{ start: '2026-11-26T12:00:00Z', end: '2026-11-26T12:30:00Z' }],
    calendars: [{ accountId: 'df', calendarId: 'sc-lucia' }],
    durationMinutes: 30,
    next: '2026-11-26T12:30:00Z',
    requests: 1,
  }));
  main.answer('booking:create', (input) => ({
    status: 'booked',
    event: appointment({
      id: 'docfav:df:docfav-appointment:new',
      accountId: 'df',
      calendarId: input.calendarId,
      start: input.start,
      end: input.end,
    }),
  }));
  return main;
}

async function open(main: FakeMain) {
  const onClose = vi.fn();
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = renderWithApp(<Desk onClose={onClose} />, main);
  const dialog = await screen.findByRole('dialog', { name: 'New appointment' });
  await within(dialog).findByRole('option', { name: 'Consulta · 30 min' });
  return { view, user, dialog, onClose };
}

/** Types into the patient combobox and lets the pause in typing pass. */
async function search(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(screen.getByRole('combobox', { name: 'Patient' }), text);
  act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
}

beforeEach(() => {
  // Fake timers for the search's pause in typing; they also move on by themselves so that the
  // data layer's own zero-delay timers run.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('booking a patient who phoned in', () => {
  it('finds them as the name is typed, picks them with the keyboard, and books them', async () => {
    const main = platform();
    const { user, dialog, onClose } = await open(main);
    // The selection was 30 minutes: the 30-minute service is chosen, and it sets the end.
    expect(within(dialog).getByRole('combobox', { name: 'Service' })).toHaveProperty(
      'value',
      SERVICE,
    );
    expect(within(dialog).getByText(/^Until /)).toBeTruthy();

    await search(user, 'garc');
    const combobox = within(dialog).getByRole('combobox', { name: 'Patient' });
    await within(dialog).findByRole('option', { name: /María García López/ });
    // One request for the whole word, not one per key.
    expect(main.inputs('patients:search')).toEqual([
      { accountId: 'df', calendarId: 'sc-lucia', query: 'garc' },
    ]);
    expect(combobox.getAttribute('aria-expanded')).toBe('true');
    expect(within(dialog).getByText('2 patients found').getAttribute('role')).toBe('status');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const marta = within(dialog).getByRole('option', { name: /Marta García Ruiz/ });
    expect(combobox.getAttribute('aria-activedescendant')).toBe(marta.id);
    expect(marta.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(combobox).toHaveProperty('value', 'María García López');
    expect(combobox.getAttribute('aria-expanded')).toBe('false');

    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Dolor de espalda');
    await user.click(within(dialog).getByRole('button', { name: 'Book' }));

    await screen.findByText(/^Booked for /);
    expect(main.inputs('booking:create')).toEqual([
      {
        accountId: 'df',
        calendarId: 'sc-lucia',
        serviceId: SERVICE,
        clientId: MARIA.clientId,
        start: '2026-11-26T10:00:00.000Z',
        end: '2026-11-26T10:30:00.000Z',
        note: 'Dolor de espalda',
        sendReminder: true,
        // The clinic's default.
        status: 'pending',
        force: false,
      },
    ]);
    expect(onClose).toHaveBeenCalled();
  });

  it('never shows the matches of a word that was replaced, only of its beginning', async () => {
    const main = platform();
    const { user, dialog } = await open(main);
    await search(user, 'garc');
    await within(dialog).findByRole('option', { name: /Marta García Ruiz/ });
    const combobox = within(dialog).getByRole('combobox', { name: 'Patient' });
    // Narrowing the word keeps its matches until the new ones arrive...
    await user.type(combobox, 'ía l');
    expect(within(dialog).getAllByRole('option', { name: /García/ })).toHaveLength(2);
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    await waitFor(() => expect(within(dialog).queryByRole('option', { name: /Marta/ })).toBeNull());
    // ...another word does not show them at all, not even while it is being typed.
    await user.clear(combobox);
    await user.type(combobox, 'pérez');
    expect(within(dialog).queryByRole('option', { name: /García/ })).toBeNull();
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    await within(dialog).findByText('No patient found.');
  });

  it('takes the start from a free slot, and shows the booking at once as pending', async () => {
    const main = platform();
    const answer = deferred<{ status: 'pending' }>();
    main.answer('booking:create', () => answer.promise);
    const { user, dialog } = await open(main);
    await user.click(await within(dialog).findByRole('button', { name: /12:00|13:00/ }));
    await search(user, 'maría');
    await user.click(await within(dialog).findByRole('option', { name: /María García López/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Book' }));

    const calendar = screen.getByRole('list', { name: 'calendar' });
    const shown = await within(calendar).findByText(/María García López 2026-11-26T12:00:00.000Z/);
    expect(shown.dataset.pending).toBe('true');
    expect(main.inputs('booking:create')[0]).toMatchObject({
      start: '2026-11-26T12:00:00.000Z',
      end: '2026-11-26T12:30:00.000Z',
    });
    answer.resolve({ status: 'pending' });
    await screen.findByText(/Docfav has not answered yet/);
  });

  it('asks twice before booking over a taken slot, and sends force only after the second yes', async () => {
    const main = platform();
    main.answer('booking:create', (input) =>
      input.force
        ? { status: 'booked', event: appointment({ start: input.start, end: input.end }) }
        : {
            status: 'conflict',
            conflicts: [{ type: 'time_reservation', start: input.start, end: input.end }],
          },
    );
    const { user, dialog } = await open(main);
    await search(user, 'maría');
    await user.click(await within(dialog).findByRole('option', { name: /María García López/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Book' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This time is taken');
    expect(alert.textContent).toContain('Reserved time');
    await user.click(within(alert).getByRole('button', { name: 'Book anyway…' }));
    // The first yes only opens the question.
    expect(main.inputs('booking:create').map((i) => i.force)).toEqual([false]);
    const question = screen.getByRole('dialog', { name: 'Book over what is already there?' });
    expect(document.activeElement).toBe(
      within(question).getByRole('button', { name: 'Choose another time' }),
    );
    await user.click(within(question).getByRole('button', { name: 'Book anyway' }));
    await screen.findByText(/^Booked for /);
    expect(main.inputs('booking:create').map((i) => i.force)).toEqual([false, true]);
  });
});

describe('booking a new walk-in patient', () => {
  it('adds the patient once, then books them, also when the first try met a conflict', async () => {
    const main = platform();
    const made: PatientMatch = {
      ...MARIA,
      clientId: 'c0000000-0000-4000-8000-000000000009',
      name: 'Tomás Ferrer',
    };
    main.answer('patients:create', () => made);
    let tries = 0;
    main.answer('booking:create', (input: BookingInput) =>
      (tries += 1) === 1
        ? {
            status: 'conflict',
            conflicts: [{ type: 'appointment', start: input.start, end: input.end }],
          }
        : { status: 'booked', event: appointment({ start: input.start, end: input.end }) },
    );
    const { user, dialog } = await open(main);
    await user.click(within(dialog).getByRole('button', { name: 'New patient' }));
    await user.click(within(dialog).getByRole('button', { name: 'Book' }));
    // Nothing sent without a name; the first field to fix has the focus.
    const first = within(dialog).getByRole('textbox', { name: 'First name' });
    expect(document.activeElement).toBe(first);
    expect(main.inputs('patients:create')).toEqual([]);

    await user.type(first, 'Tomás');
    await user.type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Ferrer');
    await user.type(within(dialog).getByRole('textbox', { name: 'Phone' }), '+34 600 555 901');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Walk-in patient' }));
    await user.click(within(dialog).getByRole('button', { name: 'Book' }));
    await within(dialog).findByRole('alert');
    expect(main.inputs('patients:create')).toEqual([
      {
        accountId: 'df',
        calendarId: 'sc-lucia',
        firstName: 'Tomás',
        lastName: 'Ferrer',
        phone: '+34 600 555 901',
        email: '',
        walkIn: true,
      },
    ]);
    // Now the patient is chosen: another time books them without adding them again.
    expect(within(dialog).getByRole('combobox', { name: 'Patient' })).toHaveProperty(
      'value',
      'Tomás Ferrer',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Choose another time' }));
    await user.click(within(dialog).getByRole('button', { name: 'Book' }));
    await screen.findByText(/^Booked for /);
    expect(main.inputs('patients:create')).toHaveLength(1);
    expect(main.inputs('booking:create').map((i) => i.clientId)).toEqual([
      made.clientId,
      made.clientId,
    ]);
  });
});

describe('when Docfav refuses or cannot book', () => {
  it('says so plainly when the key was revoked while the dialog was open', async () => {
    const main = platform();
    const revoked = new AppError('auth', { vendor: 'docfav', vendorCode: 'API_KEY_REVOKED' });
    main.answer('patients:search', () => {
      throw revoked;
    });
    const { user, dialog } = await open(main);
    await search(user, 'garc');
    await waitFor(() => expect(within(dialog).getByText(/revoked/i)).toBeTruthy());
    expect(within(dialog).queryByRole('option', { name: /García/ })).toBeNull();
  });

  it('offers to hold the time on a Doctena calendar, which cannot be booked', async () => {
    const main = platform();
    main.answer('blocking:create', () => ({ created: [appointment()], failed: [] }));
    const { user, dialog, onClose } = await open(main);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Practitioner' }),
      'dt|general',
    );
    expect(
      within(dialog).getByText(/Doctena does not let other programs create bookings/),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Book' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Hold the time' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(main.inputs('blocking:create')).toEqual([
      {
        title: 'Held',
        calendars: [{ accountId: 'dt', calendarId: 'general' }],
        ranges: [{ start: '2026-11-26T10:00:00.000Z', end: '2026-11-26T10:30:00.000Z' }],
        recurrence: null,
      },
    ]);
  });
});
