import { describe, expect, it } from 'vitest';
import type { CalendarInfo } from '../../shared/domain';
import { sameName } from './names';
import { suggestMappings } from './suggestions';

describe('practitioner names', () => {
  it.each([
    ['Dra. Lucía Fernández', 'Dr. Lucia Fernandez'],
    ['Dra. Lucía Fernández', 'FERNANDEZ, Lucia'],
    ['Dr. med. Jürgen Müller', 'Jurgen Muller'],
    ['Lucía Fernández García', 'Dr. Lucia Fernandez'],
    ['Prof. Dr. Anna Schmidt', 'Anna Schmidt'],
  ])('%s ~ %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Dra. Lucía Fernández', 'Dr. Lucas Fernandez'],
    ['Dr. Anna Schmidt', 'Dr. Schmidt'],
    ['Dr.', 'Dra.'],
    ['Anna Schmidt', ''],
  ])('%s is not %s', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

const calendar = (
  source: 'doctena' | 'docfav',
  id: string,
  name: string,
  owner: string,
): CalendarInfo => ({
  id,
  source,
  accountId: source === 'doctena' ? 'dt' : 'df',
  name,
  owner,
  timezone: null,
  clinicId: null,
  locationId: null,
});

describe('suggested pairings', () => {
  const calendars = [
    calendar('docfav', 'lucia', 'Dra. Lucía Fernández', 'Dra. Lucía Fernández'),
    calendar('docfav', 'javier', 'Dr. Javier Moreno', 'Dr. Javier Moreno'),
    calendar('doctena', 'physio', 'Physiotherapie', 'Dr. Lucia Fernandez'),
    calendar('doctena', 'moreno', 'Dr. Javier Moreno', ''),
    calendar('doctena', 'general', 'Allgemeinmedizin', 'Dr. Anna Schmidt'),
  ];

  it('pairs by owner or by calendar name, and names the Doctena owner', () => {
    expect(suggestMappings(calendars, [])).toEqual([
      {
        docfav: { accountId: 'df', calendarId: 'lucia', name: 'Dra. Lucía Fernández' },
        doctena: {
          accountId: 'dt',
          calendarId: 'physio',
          name: 'Physiotherapie · Dr. Lucia Fernandez',
        },
      },
      {
        docfav: { accountId: 'df', calendarId: 'javier', name: 'Dr. Javier Moreno' },
        doctena: { accountId: 'dt', calendarId: 'moreno', name: 'Dr. Javier Moreno' },
      },
    ]);
  });

  it('leaves out pairings already saved', () => {
    const saved = [
      {
        docfav: { accountId: 'df', calendarId: 'lucia' },
        doctena: { accountId: 'dt', calendarId: 'physio' },
        enabled: false,
      },
    ];
    expect(suggestMappings(calendars, saved).map((s) => s.docfav.calendarId)).toEqual(['javier']);
  });
});
