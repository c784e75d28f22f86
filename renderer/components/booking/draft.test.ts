import { describe, expect, it } from 'vitest';
import type { AvailabilityWindow, CalendarInfo } from '../../../shared/domain';
import { calendarData } from '../../test/testing';
import {
  canBook,
  emailProblem,
  fromLocalDateTime,
  likelyPractitioner,
  localDateTime,
  nextHourDraft,
  practitioners,
} from './draft';

const calendar = (id: string, source: 'docfav' | 'doctena'): CalendarInfo => ({
  id,
  source,
  accountId: source === 'docfav' ? 'df' : 'dt',
  name: id,
  owner: id,
  timezone: null,
  clinicId: source === 'docfav' ? 'clinic' : null,
  locationId: source === 'docfav' ? 'location' : null,
});
const working = (calendarId: string, start: string, end: string): AvailabilityWindow => ({
  source: 'docfav',
  accountId: 'df',
  calendarId,
  kind: 'working',
  start,
  end,
});

const data = {
  ...calendarData([]),
  calendars: [
    calendar('general', 'doctena'),
    calendar('lucia', 'docfav'),
    calendar('javier', 'docfav'),
  ],
  availability: [working('javier', '2026-11-26T14:00:00Z', '2026-11-26T18:00:00Z')],
};
const afternoon = {
  start: new Date('2026-11-26T15:00:00Z'),
  end: new Date('2026-11-26T15:30:00Z'),
};

describe('whom a new appointment is for', () => {
  it('lists Docfav practitioners first, those switched off after those shown', () => {
    const hidden = new Set(['df|lucia']);
    expect(practitioners(data, hidden).map((c) => c.id)).toEqual(['javier', 'lucia', 'general']);
  });

  it('picks the shown Docfav practitioner who works at the selected time', () => {
    expect(likelyPractitioner(data, new Set(), afternoon)?.id).toBe('javier');
    const morning = {
      start: new Date('2026-11-26T08:00:00Z'),
      end: new Date('2026-11-26T09:00:00Z'),
    };
    expect(likelyPractitioner(data, new Set(), morning)?.id).toBe('lucia');
    expect(likelyPractitioner(data, new Set(['df|javier']), afternoon)?.id).toBe('lucia');
  });

  it('offers booking on a selection only while a Docfav practitioner is shown', () => {
    expect(canBook(data, new Set())).toBe(true);
    expect(canBook(data, new Set(['df|lucia', 'df|javier']))).toBe(false);
    expect(canBook(undefined, new Set())).toBe(false);
  });
});

describe('the times and fields of the dialog', () => {
  it('round-trips a local date-time field and refuses one still being typed', () => {
    const at = new Date(2026, 10, 26, 9, 5);
    expect(localDateTime(at)).toBe('2026-11-26T09:05');
    expect(fromLocalDateTime('2026-11-26T09:05')?.getTime()).toBe(at.getTime());
    expect(fromLocalDateTime('2026-11-2')).toBeNull();
    expect(fromLocalDateTime('')).toBeNull();
  });

  it('starts the toolbar’s appointment at the next full hour', () => {
    const draft = nextHourDraft(new Date(2026, 10, 24, 10, 40));
    expect(draft.start).toEqual(new Date(2026, 10, 24, 11, 0));
    expect(draft.end).toEqual(new Date(2026, 10, 24, 12, 0));
  });

  it('accepts an empty e-mail or one shaped like an address', () => {
    expect(emailProblem('')).toBe(false);
    expect(emailProblem(' ana@example.org ')).toBe(false);
    expect(emailProblem('ana@')).toBe(true);
    expect(emailProblem('ana example.org')).toBe(true);
  });
});
