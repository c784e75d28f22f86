import { describe, expect, it } from 'vitest';
import { parseHexColour } from '../../shared/colour';
import type { CalendarEvent, EventStatus } from '../../shared/domain';
import { contrast, eventColours, LEGEND_SAMPLE } from './colors';
import { readableText, serviceColourOf, serviceEventColours, serviceKeyOf } from './service-colour';

// Docfav appointments filled with their service's colour, when the practice asks for it.

type Drawn = Pick<CalendarEvent, 'kind' | 'accountId' | 'serviceId' | 'status'>;

const CALENDAR = '#7c3aed';
const appointment = (patch: Partial<Drawn> = {}): Drawn => ({
  kind: 'docfav-appointment',
  accountId: 'df',
  serviceId: 'physio',
  status: 'confirmed',
  ...patch,
});
const services = (colour: string) => new Map([[serviceKeyOf('df', 'physio'), colour]]);

describe('reading a service colour', () => {
  it('takes #rgb and #rrggbb in any case, with or without #, and nothing else', () => {
    expect(parseHexColour('#4CAF50')).toBe('#4caf50');
    expect(parseHexColour(' 4caf50 ')).toBe('#4caf50');
    expect(parseHexColour('#F90')).toBe('#ff9900');
    for (const bad of ['', 'green', 'rgb(1,2,3)', '#12345', '#1234567', '#ggg', null, 42]) {
      expect(parseHexColour(bad), String(bad)).toBeNull();
    }
  });
});

describe('a Docfav appointment in its service colour', () => {
  it('is filled with the service colour, the calendar colour kept as its stripe', () => {
    expect(serviceEventColours(appointment(), CALENDAR, services('#4CAF50'))).toEqual({
      backgroundColor: '#4caf50',
      borderColor: CALENDAR,
      textColor: expect.any(String) as string,
    });
  });

  it('keeps the calendar colour when the setting is off', () => {
    expect(serviceEventColours(appointment(), CALENDAR, null)).toBeNull();
  });

  it('keeps the calendar colour when the service has no colour we can read', () => {
    for (const bad of ['', 'green', '#12']) {
      expect(serviceEventColours(appointment(), CALENDAR, services(bad)), bad).toBeNull();
    }
    // Unknown service, no service, another account's service of the same id.
    expect(
      serviceEventColours(appointment({ serviceId: 'x' }), CALENDAR, services('#4caf50')),
    ).toBeNull();
    expect(
      serviceEventColours(appointment({ serviceId: null }), CALENDAR, services('#4caf50')),
    ).toBeNull();
    expect(
      serviceEventColours(appointment({ accountId: 'other' }), CALENDAR, services('#4caf50')),
    ).toBeNull();
  });

  it('leaves Doctena bookings and blocked time alone', () => {
    for (const kind of ['doctena-booking', 'docfav-group-reservation'] as const) {
      expect(serviceColourOf(appointment({ kind }), services('#4caf50')), kind).toBeNull();
    }
  });

  it('never takes a colour that means a status or blocked time', () => {
    const noShowGrey = eventColours(
      { kind: 'docfav-appointment', status: 'no-show' },
      CALENDAR,
    ).backgroundColor;
    for (const reserved of [LEGEND_SAMPLE, '#1f2a3c', noShowGrey ?? '', '#64748b']) {
      expect(serviceColourOf(appointment(), services(reserved)), reserved).toBeNull();
    }
  });

  it('still shows status by style, and no status swatch of the legend has its fill', () => {
    const statuses: EventStatus[] = [
      'confirmed',
      'rescheduled',
      'waiting',
      'unknown',
      'cancelled',
      'expired',
      'no-show',
    ];
    const palette = ['#4CAF50', '#2196F3', '#FF9800', '#9C27B0', '#E91E63', '#ffeb3b', '#000000'];
    for (const status of statuses) {
      const chip = eventColours({ status, kind: 'docfav-appointment' }, LEGEND_SAMPLE);
      for (const colour of palette) {
        const drawn = serviceEventColours(appointment({ status }), CALENDAR, services(colour));
        if (status === 'no-show') {
          // A no-show is grey whatever its service, as it is whatever its calendar.
          expect(drawn?.backgroundColor).toBe(chip.backgroundColor);
          continue;
        }
        expect(drawn?.backgroundColor, `${status} ${colour}`).not.toBe(chip.backgroundColor);
      }
    }
    expect(
      serviceEventColours(appointment({ status: 'waiting' }), CALENDAR, services('#4caf50'))
        ?.backgroundColor,
    ).not.toBe('#4caf50');
  });

  it('writes in black or white, whichever reads better: at least 4.5:1 on any fill', () => {
    expect(readableText('#ffeb3b')).toBe('#000000');
    expect(readableText('#9c27b0')).toBe('#ffffff');
    expect(readableText('#000000')).toBe('#ffffff');
    expect(readableText('#ffffff')).toBe('#000000');
    for (const colour of [
      '#4caf50',
      '#2196f3',
      '#ff9800',
      '#9c27b0',
      '#e91e63',
      '#ffeb3b',
      '#d35400',
      '#2e8bd6',
    ]) {
      for (const status of ['confirmed', 'waiting', 'cancelled'] as const) {
        const drawn = serviceEventColours(appointment({ status }), CALENDAR, services(colour));
        if (!drawn?.backgroundColor) throw new Error(`no fill for ${colour}`);
        expect(
          contrast(drawn.backgroundColor, drawn.textColor),
          `${status} ${colour}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
