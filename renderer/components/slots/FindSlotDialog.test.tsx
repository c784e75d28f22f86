// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SlotList } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { fakeMain, renderWithApp } from '../../test/testing';
import { FindSlotDialog } from './FindSlotDialog';

const lucia: CalendarInfo = {
  id: 'sc1',
  source: 'docfav',
  accountId: 'b',
  name: 'Dra. Lucía Fernández',
  owner: 'Dra. Lucía Fernández',
  timezone: 'Europe/Madrid',
  clinicId: 'cl',
  locationId: 'loc',
};
const general: CalendarInfo = {
  id: 'c1',
  source: 'doctena',
  accountId: 'a',
  name: 'Allgemeinmedizin',
  owner: 'Dr. Anna Schmidt',
  timezone: 'Europe/Berlin',
  clinicId: null,
  locationId: null,
};

/** `count` half-hour slots from 25 Nov, 09:00 UTC, a quarter of an hour apart. */
function answer(count: number): SlotList {
  const start = Date.parse('2026-11-25T09:00:00Z');
  return {
    slots: Array.from({ length: count }, (_, i) => ({
      start: new Date(start + i * 15 * 60_000).toISOString(),
      end: new Date(start + i * 15 * 60_000 + 30 * 60_000).toISOString(),
    })),
    calendars: [{ accountId: 'a', calendarId: 'c1' }],
    durationMinutes: 30,
    next: '2026-12-23T09:00:00Z',
    requests: 0,
  };
}

afterEach(cleanup);

describe('Find a free slot', () => {
  it('searches the chosen practitioner for the chosen length, and hands the picked slot on', async () => {
    const user = userEvent.setup();
    const main = fakeMain([]);
    main.answer('slots:find', (input) => answer(Math.min(input.maxResults ?? 20, 25)));
    const onPick = vi.fn();
    renderWithApp(
      <FindSlotDialog calendars={[lucia, general]} onPick={onPick} onClose={() => {}} />,
      main,
    );
    const dialog = screen.getByRole('dialog', { name: 'Find a free slot' });
    await within(dialog).findAllByRole('button', { name: /25 Nov/ });
    expect(main.inputs('slots:find')[0]).toMatchObject({
      accountId: 'b',
      calendarId: 'sc1',
      durationMinutes: 30,
    });

    await user.selectOptions(within(dialog).getByLabelText('Practitioner'), 'a|c1');
    await user.selectOptions(within(dialog).getByLabelText('Length'), '60');
    await waitFor(() =>
      expect(main.inputs('slots:find').at(-1)).toMatchObject({
        accountId: 'a',
        calendarId: 'c1',
        durationMinutes: 60,
      }),
    );
    // A full page offers more; the next page asks for more of the same search.
    const buttons = await within(dialog).findAllByRole('button', { name: /25 Nov/ });
    expect(buttons).toHaveLength(20);
    await user.click(within(dialog).getByRole('button', { name: 'More free slots' }));
    await waitFor(() =>
      expect(within(dialog).getAllByRole('button', { name: /25 Nov/ })).toHaveLength(25),
    );
    expect(main.inputs('slots:find').at(-1)).toMatchObject({ maxResults: 40 });
    // Focus goes to the first slot that came with it, not to the page.
    expect(document.activeElement).toBe(
      within(dialog).getAllByRole('button', { name: /25 Nov/ })[20],
    );
    expect(within(dialog).queryByRole('button', { name: 'More free slots' })).toBeNull();

    await user.click(within(dialog).getAllByRole('button', { name: /25 Nov/ })[0]!);
    expect(onPick).toHaveBeenCalledWith({
      slot: answer(1).slots[0],
      calendar: general,
      durationMinutes: 60,
      serviceId: null,
    });
  });

  it('lets a Docfav service set the length', async () => {
    const user = userEvent.setup();
    const main = fakeMain([]);
    main.answer('booking:options', () => ({
      services: [{ id: 'svc-osteo', name: 'Osteopatía', minutes: 60 }],
      defaultStatus: 'confirmed',
    }));
    main.answer('slots:find', () => answer(3));
    const onPick = vi.fn();
    renderWithApp(
      <FindSlotDialog calendars={[lucia, general]} onPick={onPick} onClose={() => {}} />,
      main,
    );
    const dialog = screen.getByRole('dialog', { name: 'Find a free slot' });
    await user.selectOptions(await within(dialog).findByLabelText('Service'), 'svc-osteo');
    // The service says how long: no length to choose beside it.
    expect(within(dialog).queryByLabelText('Length')).toBeNull();
    await waitFor(() =>
      expect(main.inputs('slots:find').at(-1)).toEqual(
        expect.objectContaining({ accountId: 'b', calendarId: 'sc1', serviceId: 'svc-osteo' }),
      ),
    );
    expect(main.inputs('slots:find').at(-1)).not.toHaveProperty('durationMinutes');
    await user.click((await within(dialog).findAllByRole('button', { name: /25 Nov/ }))[0]!);
    expect(onPick).toHaveBeenCalledWith(
      expect.objectContaining({ calendar: lucia, durationMinutes: 60, serviceId: 'svc-osteo' }),
    );
  });

  it('says in the desk’s words when the search fails, and when nothing is free', async () => {
    const main = fakeMain([]);
    main.answer('slots:find', (input) => {
      if (input.accountId === 'b')
        throw new AppError('not-found', { reason: 'pair-account-missing' });
      return answer(0);
    });
    const user = userEvent.setup();
    renderWithApp(
      <FindSlotDialog calendars={[lucia, general]} onPick={() => {}} onClose={() => {}} />,
      main,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Could not look for free slots: /);
    expect(alert.textContent).not.toMatch(/not-found|pair-account-missing/);
    await user.selectOptions(screen.getByLabelText('Practitioner'), 'a|c1');
    expect(await screen.findByText('No free slot in the next 4 weeks.')).toBeTruthy();
  });
});
