// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarData } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { appointment, booking, calendarData, fakeMain, renderWithApp } from '../../test/testing';
import { BlockDialog } from '../actions/BlockDialog';

const info = (accountId: string, id: string, name: string): CalendarInfo => ({
  id,
  source: accountId === 'a' ? 'doctena' : 'docfav',
  accountId,
  name,
  owner: name,
  timezone: null,
  clinicId: null,
  locationId: null,
});

const at = (day: number, hours: number) => new Date(2026, 10, day, hours).toISOString();
const weber = booking({ start: at(25, 9), end: at(25, 10) });
// Paired with Dr. Schmidt's Doctena calendar in the guard: her Docfav agenda is the same person.
const prieto = appointment({ start: at(26, 11), end: at(26, 12), status: 'confirmed' });
const otherCalendar = booking({
  id: 'doctena:a:doctena-booking:2',
  vendorId: '2',
  calendarId: 'c2',
  start: at(25, 9),
  end: at(25, 10),
  patient: { name: 'Otto Lang', phone: null, email: null, insurance: null, clientId: null },
});
const afterVacation = booking({
  id: 'doctena:a:doctena-booking:3',
  start: at(30, 9),
  end: at(30, 10),
});
const alreadyCancelled = booking({
  id: 'doctena:a:doctena-booking:4',
  start: at(24, 9),
  end: at(24, 10),
  status: 'cancelled',
});

const data: CalendarData = {
  ...calendarData([weber, prieto, otherCalendar, afterVacation, alreadyCancelled]),
  calendars: [
    info('a', 'c1', 'Dr. Schmidt'),
    info('a', 'c2', 'Dr. Lang'),
    info('b', 'sc1', 'Dr. Schmidt (Docfav)'),
  ],
};

afterEach(cleanup);

function open() {
  const main = fakeMain();
  const { accounts: _accounts, ...settings } = DEFAULT_SETTINGS;
  main.answer('settings:get', () => ({
    ...settings,
    guard: {
      ...settings.guard,
      mappings: [
        {
          doctena: { accountId: 'a', calendarId: 'c1' },
          docfav: { accountId: 'b', calendarId: 'sc1' },
          enabled: true,
        },
      ],
    },
  }));
  renderWithApp(
    <BlockDialog
      draft={{ mode: 'new', start: new Date(2026, 10, 23), end: new Date(2026, 10, 28) }}
      data={data}
      hiddenCalendars={new Set(['a|c2'])}
      onClose={() => undefined}
    />,
    main,
  );
  return main;
}

describe('a block over booked days', () => {
  it('lists the bookings inside it, on the chosen calendars and their paired Docfav agenda', async () => {
    open();
    const list = await screen.findByRole('region', { name: 'Bookings inside this time' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const items = within(list).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Anna Weber');
    expect(items[1]?.textContent).toContain('Eva Prieto');
    expect(list.textContent).toContain('2 bookings are inside this time');
    expect(list.textContent).not.toContain('Otto Lang');
  });

  it('cancels them in one bulk action and shows each result', async () => {
    const main = open();
    main.answer('bulk:cancel', ({ eventIds }) => ({
      id: 'bulk0001',
      done: false,
      items: eventIds.map((eventId) => ({ eventId, state: 'todo' as const, error: null })),
    }));
    main.answer('bulk:progress', () => ({
      id: 'bulk0001',
      done: true,
      items: [
        { eventId: weber.id, state: 'cancelled', error: null },
        { eventId: prieto.id, state: 'failed', error: { code: 'network' } },
      ],
    }));
    const list = await screen.findByRole('region', { name: 'Bookings inside this time' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(
      within(list).getByRole('button', { name: 'Cancel these and notify the patients' }),
    );
    await waitFor(() => expect(within(list).getByRole('status').textContent).toContain('2 of 2'));
    expect(main.inputs('bulk:cancel')).toEqual([
      { eventIds: [weber.id, prieto.id], notifyPatient: true },
    ]);
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('Cancelled');
    expect(second?.textContent).toContain('Not cancelled');
  });
});
