// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarData } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { appointment, booking, calendarData, fakeMain, renderWithApp } from '../../test/testing';
import { PrintDayButton } from './PrintDayButton';

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
const weber = booking({
  start: at(25, 9),
  end: at(25, 10),
  reason: 'Check-up',
  patient: {
    name: 'Anna Weber',
    phone: '+49 30 555',
    email: null,
    insurance: null,
    clientId: null,
  },
});
const prieto = appointment({ start: at(25, 11), end: at(25, 12), status: 'confirmed' });

const week = { start: new Date(2026, 10, 23), end: new Date(2026, 10, 30) };
const data: CalendarData = {
  ...calendarData([weber, prieto]),
  calendars: [info('a', 'c1', 'Dr. Schmidt'), info('b', 'sc1', 'Joaquín Prieto')],
};
const print = vi.fn();

beforeEach(() => {
  Object.defineProperty(window, 'print', { value: print, configurable: true });
});
afterEach(() => {
  cleanup();
  print.mockReset();
});

function open(main = fakeMain()) {
  renderWithApp(<PrintDayButton data={data} shown={week} />, main);
  fireEvent.click(screen.getByRole('button', { name: 'Print day' }));
  const dialog = screen.getByRole('dialog', { name: 'Print a day sheet' });
  fireEvent.change(within(dialog).getByLabelText('Day'), { target: { value: '2026-11-25' } });
  return { main, dialog };
}

const sheet = () => document.querySelector<HTMLElement>('.day-sheet');

describe('Print day', () => {
  it('lets the browser print the sheet in web mode, and removes it after', async () => {
    const main = fakeMain();
    main.answer('print:daySheet', () => ({ outcome: 'unsupported' }));
    const { dialog } = open(main);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Print…' }));

    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(main.inputs('print:daySheet')).toEqual([{ output: 'paper', day: '2026-11-25' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    const tables = within(sheet()!).getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(within(tables[0]!).getAllByRole('row')[1]!.textContent).toMatch(
      /Anna Weber.*Check-up.*\+49 30 555.*Waiting/,
    );
    expect(within(tables[1]!).getByText('Confirmed')).toBeTruthy();
    // Only the days asked for were read: the week on screen already holds the day.
    expect(main.inputs('calendar:range')).toEqual([]);

    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(sheet()).toBeNull());
  });

  it('saves one practitioner as PDF through the app, and says so', async () => {
    const main = fakeMain();
    // What Electron's printToPDF would take: the sheet is in the page when the call arrives.
    let printed = '';
    main.answer('print:daySheet', () => {
      printed = sheet()?.textContent ?? '';
      return { outcome: 'saved' };
    });
    const { dialog } = open(main);
    fireEvent.change(within(dialog).getByLabelText('Practitioners'), {
      target: { value: 'b|sc1' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save as PDF…' }));

    expect(await screen.findByText('Day sheet saved.')).toBeTruthy();
    expect(main.inputs('print:daySheet')).toEqual([{ output: 'pdf', day: '2026-11-25' }]);
    expect(printed).toContain('Eva Prieto');
    expect(printed).not.toContain('Anna Weber');
    expect(print).not.toHaveBeenCalled();
    expect(sheet()).toBeNull();
  });

  it('reads a day outside the week on screen before printing it', async () => {
    const main = fakeMain([booking({ start: at(2, 9), end: at(2, 10) })]);
    main.answer('print:daySheet', () => ({ outcome: 'failed' }));
    renderWithApp(<PrintDayButton data={data} shown={week} />, main);
    fireEvent.click(screen.getByRole('button', { name: 'Print day' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Day'), { target: { value: '2026-12-02' } });

    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Print…' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    expect(main.inputs('calendar:range')).toEqual([
      { from: new Date(2026, 11, 2).toISOString(), to: new Date(2026, 11, 3).toISOString() },
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Print…' }));
    expect(await screen.findByText('Could not print the day sheet.')).toBeTruthy();
  });
});
