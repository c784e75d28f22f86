import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../shared/domain';
import { isWholeDayBlock, toEventInput } from './events';

const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 'doctena:a:doctena-blocking:1',
  vendorId: '1',
  kind: 'doctena-blocking',
  source: 'doctena',
  accountId: 'a',
  calendarId: 'c1',
  start: '2026-11-24T09:00:00Z',
  end: '2026-11-24T09:30:00Z',
  title: 'Docfav · busy',
  status: 'confirmed',
  vendorStatus: 'CONFIRMED',
  noShow: false,
  patient: null,
  reason: null,
  serviceId: null,
  note: null,
  recurrence: null,
  timezone: null,
  updatedAt: null,
  actions: [],
  ...patch,
});

describe('layers behind the appointments', () => {
  it('draws a guard mirror as a background, never as an event beside its own', () => {
    const input = toEventInput(event(), '#123456', { mirror: true });
    expect(input).toMatchObject({ display: 'background' });
    expect(input.classNames).toEqual(expect.arrayContaining(['fd-mirror', 'fd-layer']));
  });

  it('draws a block of whole days over the day with its title', () => {
    const vacation = event({
      title: 'Urlaub',
      start: '2026-11-23T00:00:00Z',
      end: '2026-11-28T00:00:00Z',
    });
    expect(isWholeDayBlock(vacation)).toBe(true);
    expect(toEventInput(vacation, '#123456')).toMatchObject({
      display: 'background',
      title: 'Urlaub',
    });
  });

  it('keeps a short block and every appointment as ordinary events', () => {
    expect(toEventInput(event({ title: 'Pause' }), '#123456').display).toBeUndefined();
    const long = event({
      kind: 'doctena-booking',
      start: '2026-11-23T00:00:00Z',
      end: '2026-11-25T00:00:00Z',
    });
    expect(isWholeDayBlock(long)).toBe(false);
  });
});
