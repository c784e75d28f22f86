// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarInfo } from '../../../shared/domain';
import { DEFAULT_SETTINGS, type SettingsPatch } from '../../../shared/settings';
import { PALETTE } from '../../calendar/colors';
import { calendarData, fakeMain, renderWithApp } from '../../test/testing';
import { CalendarColours } from './CalendarColours';

afterEach(cleanup);

const calendar = (accountId: string, id: string, name: string): CalendarInfo => ({
  id,
  source: accountId.includes('docfav') ? 'docfav' : 'doctena',
  accountId,
  name,
  owner: name,
  timezone: null,
  clinicId: null,
  locationId: null,
});

function setup(chosen: Record<string, string> = {}) {
  const main = fakeMain();
  const { accounts: _accounts, ...stored } = DEFAULT_SETTINGS;
  let settings = { ...stored, calendarColours: chosen };
  main.answer('settings:get', () => settings);
  main.answer('settings:update', ({ patch }: { patch: SettingsPatch }) => {
    settings = { ...settings, ...patch };
    return settings;
  });
  main.answer('calendar:range', () => ({
    ...calendarData([]),
    calendars: [calendar('doc', 'general', 'General'), calendar('fav-docfav', 'lucia', 'Lucía')],
  }));
  renderWithApp(<CalendarColours />, main);
  return main;
}

describe('calendar colours in the settings', () => {
  it('shows each calendar’s own colour, and saves a picked one under its key', async () => {
    const main = setup();
    const general = await screen.findByLabelText<HTMLInputElement>('Colour of General (Doctena)');
    expect(PALETTE).toContain(general.value);
    fireEvent.input(general, { target: { value: '#123456' } });
    await waitFor(() =>
      expect(main.inputs('settings:update').at(-1)?.patch).toEqual({
        calendarColours: { 'doc|general': '#123456' },
      }),
    );
  });

  it('puts a calendar back on its automatic colour, leaving the others’ choices alone', async () => {
    const main = setup({ 'doc|general': '#123456', 'fav-docfav|lucia': '#abcdef' });
    const general = await screen.findByLabelText<HTMLInputElement>('Colour of General (Doctena)');
    expect(general.value).toBe('#123456');
    fireEvent.click(screen.getByRole('button', { name: 'Automatic colour for General (Doctena)' }));
    await waitFor(() =>
      expect(main.inputs('settings:update').at(-1)?.patch).toEqual({
        calendarColours: { 'fav-docfav|lucia': '#abcdef' },
      }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Automatic colour for General (Doctena)' }),
      ).toBeNull(),
    );
  });
});

describe('colouring Docfav appointments by their service', () => {
  it('is off by default, and turning it on or off is saved at once', async () => {
    const main = setup();
    const toggle = await screen.findByRole<HTMLInputElement>('checkbox', {
      name: 'Colour Docfav appointments by their service',
    });
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(main.inputs('settings:update').at(-1)?.patch).toEqual({ serviceColours: true }),
    );
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() =>
      expect(main.inputs('settings:update').at(-1)?.patch).toEqual({ serviceColours: false }),
    );
    expect(toggle.checked).toBe(false);
  });
});
