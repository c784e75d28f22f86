// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarInfo } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { fakeMain, renderWithApp } from '../test/testing';
import { onePerClinic, useServiceColours } from './serviceColours';

// The service colours come through the booking dialog's `booking:options`: one practitioner per
// clinic is asked, and nothing at all while the setting is off.

afterEach(cleanup);

const docfav = (accountId: string, id: string, clinicId: string | null): CalendarInfo => ({
  id,
  source: 'docfav',
  accountId,
  name: id,
  owner: id,
  timezone: null,
  clinicId,
  locationId: null,
});
const CALENDARS: CalendarInfo[] = [
  docfav('df', 'pablo', 'clinic-1'),
  docfav('df', 'lucia', 'clinic-1'),
  docfav('df', 'ana', 'clinic-2'),
  { ...docfav('dt', 'general', null), source: 'doctena' },
];

function Probe(props: { on: boolean }) {
  const colours = useServiceColours(CALENDARS, props.on);
  return <output>{colours ? JSON.stringify([...colours].sort()) : 'off'}</output>;
}

describe('service colours', () => {
  it('ask one Docfav practitioner per clinic, never Doctena', () => {
    expect(onePerClinic(CALENDARS)).toEqual([
      { accountId: 'df', calendarId: 'ana' },
      { accountId: 'df', calendarId: 'lucia' },
    ]);
  });

  it('are keyed by account and service, and a clinic that fails is simply left out', async () => {
    const main = fakeMain();
    main.answer('booking:options', ({ calendarId }) => {
      if (calendarId === 'ana') throw new AppError('network');
      return {
        services: [
          { id: 'physio', name: 'Physio', minutes: 30, colour: '#4caf50' },
          { id: 'plain', name: 'Plain', minutes: 15 },
        ],
        defaultStatus: 'confirmed',
      };
    });
    renderWithApp(<Probe on />, main);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('[["df|physio","#4caf50"]]'),
    );
    expect(
      main
        .inputs('booking:options')
        .map((r) => r.calendarId)
        .sort(),
    ).toEqual(['ana', 'lucia']);
  });

  it('ask nothing while the setting is off', () => {
    const main = fakeMain();
    renderWithApp(<Probe on={false} />, main);
    expect(screen.getByRole('status').textContent).toBe('off');
    expect(main.inputs('booking:options')).toEqual([]);
  });
});
