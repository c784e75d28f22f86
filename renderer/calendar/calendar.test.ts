import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../shared/domain';
import { colourMap, PALETTE } from './colors';
import { calendarKeyOf, eventClasses, isVisible, toEventInput } from './events';
import { rangeTitle } from './format';

const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 'doctena:a:doctena-booking:1',
  vendorId: '1',
  kind: 'doctena-booking',
  source: 'doctena',
  accountId: 'a',
  calendarId: 'c1',
  start: '2026-11-24T09:00:00Z',
  end: '2026-11-24T09:30:00Z',
  title: 'Booking',
  status: 'confirmed',
  vendorStatus: 'CONFIRMED',
  noShow: false,
  patient: { name: 'Erika Musterfrau', phone: null, email: null, insurance: null, clientId: null },
  reason: 'Impfung',
  serviceId: null,
  note: null,
  recurrence: null,
  timezone: null,
  updatedAt: null,
  actions: [],
  ...patch,
});

describe('calendar presentation', () => {
  it('gives each calendar a stable, distinct colour', () => {
    const a = colourMap(['a|2', 'a|1', 'b|1']);
    const b = colourMap(['b|1', 'a|1', 'a|2']);
    expect(a).toEqual(b);
    expect(new Set(a.values()).size).toBe(3);
    expect([...a.values()].every((c) => PALETTE.includes(c))).toBe(true);
  });

  it('hides switched-off calendars, and cancelled events unless asked', () => {
    const hidden = new Set([calendarKeyOf({ accountId: 'a', calendarId: 'c2' })]);
    expect(isVisible(event(), { hiddenCalendars: hidden, showCancelled: false })).toBe(true);
    expect(
      isVisible(event({ calendarId: 'c2' }), { hiddenCalendars: hidden, showCancelled: true }),
    ).toBe(false);
    const cancelled = event({ status: 'cancelled' });
    expect(isVisible(cancelled, { hiddenCalendars: new Set(), showCancelled: false })).toBe(false);
    expect(isVisible(cancelled, { hiddenCalendars: new Set(), showCancelled: true })).toBe(true);
  });

  it('maps status and kind to styles, and blockings to the neutral block style', () => {
    expect(eventClasses(event({ status: 'no-show' }))).toEqual(
      expect.arrayContaining(['fd-status-no-show', 'fd-appointment', 'fd-kind-doctena-booking']),
    );
    expect(eventClasses(event({ kind: 'docfav-time-reservation' }))).toContain('fd-block');
    expect(eventClasses(event(), { conflict: true, mirror: false })).toContain('fd-conflict');
    const input = toEventInput(event(), '#123456');
    expect(input).toMatchObject({
      title: 'Erika Musterfrau',
      backgroundColor: '#123456',
      editable: false,
    });
    expect(
      toEventInput(event({ kind: 'doctena-blocking', patient: null, title: 'Urlaub' }), '#123456'),
    ).toMatchObject({
      title: 'Urlaub',
      backgroundColor: undefined,
    });
  });

  it('titles a range in the UI language', () => {
    const start = new Date(2026, 10, 23);
    const end = new Date(2026, 10, 30);
    expect(rangeTitle(start, end, 'en-GB')).toBe('23 – 29 Nov 2026');
    expect(rangeTitle(new Date(2026, 8, 28), new Date(2026, 9, 5), 'en-GB')).toBe(
      '28 Sept – 4 Oct 2026',
    );
    expect(rangeTitle(new Date(2026, 11, 28), new Date(2027, 0, 4), 'de-DE')).toBe(
      '28. Dez. 2026 – 3. Jan. 2027',
    );
  });
});
