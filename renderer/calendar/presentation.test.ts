import { describe, expect, it } from 'vitest';
import type { CalendarEvent, EventKind, EventStatus } from '../../shared/domain';
import { contrast, eventColours, PALETTE, shade, tint } from './colors';
import {
  describeKey,
  eventClasses,
  firstWorkingHour,
  idleWeekendDays,
  isVisible,
  toEventInput,
} from './events';
import { rangeTitle, timeRange } from './format';

const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 'docfav:b:docfav-appointment:9',
  vendorId: '9',
  kind: 'docfav-appointment',
  source: 'docfav',
  accountId: 'b',
  calendarId: 'sc1',
  start: '2026-11-25T08:00:00Z',
  end: '2026-11-25T08:45:00Z',
  title: 'Fisioterapia',
  status: 'confirmed',
  vendorStatus: 'confirmed',
  noShow: false,
  patient: {
    name: 'Eva Prieto Herrera',
    phone: '+34600555039',
    email: 'eva.prieto@example.org',
    insurance: null,
    clientId: 'c39',
  },
  reason: 'Fisioterapia',
  serviceId: 's1',
  note: null,
  recurrence: null,
  timezone: null,
  updatedAt: null,
  actions: ['confirm', 'cancel'],
  ...patch,
});

const STATUSES: EventStatus[] = [
  'waiting',
  'confirmed',
  'rescheduled',
  'cancelled',
  'no-show',
  'expired',
  'unknown',
];

describe('event colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#123456', '#123456')).toBe(1);
  });

  it('keeps every status readable in every calendar colour', () => {
    for (const colour of PALETTE) {
      for (const status of STATUSES) {
        const c = eventColours({ status, kind: 'doctena-booking' }, colour);
        expect(
          contrast(c.textColor, c.backgroundColor ?? '#ffffff'),
          `${status} on ${colour}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('draws firm appointments solid and unsettled or past ones pale', () => {
    const colour = '#1d5fd1';
    const solid = eventColours({ status: 'confirmed', kind: 'docfav-appointment' }, colour);
    expect(solid.backgroundColor).toBe(colour);
    expect(solid.textColor).toBe('#ffffff');
    for (const status of ['waiting', 'cancelled', 'expired', 'unknown'] as const) {
      const pale = eventColours({ status, kind: 'docfav-appointment' }, colour);
      expect(pale.backgroundColor).not.toBe(colour);
      expect(pale.textColor).not.toBe('#ffffff');
    }
    const noShow = eventColours({ status: 'no-show', kind: 'doctena-booking' }, colour);
    expect(noShow.backgroundColor).toBe('#4b5563');
    // The calendar still shows on the edge, so a no-show stays attributable.
    expect(noShow.borderColor).toBe(colour);
  });

  it('leaves blocked time to its neutral stripes, edged in the calendar colour', () => {
    const kinds: EventKind[] = [
      'doctena-blocking',
      'docfav-time-reservation',
      'docfav-group-reservation',
      'docfav-recurring-event',
    ];
    for (const kind of kinds) {
      expect(eventColours({ status: 'confirmed', kind }, '#047857')).toEqual({
        backgroundColor: undefined,
        borderColor: '#047857',
        textColor: '#1f2937',
      });
    }
  });

  it('mixes towards white and black', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#1d5fd1', 0)).toBe('#1d5fd1');
    expect(tint('#1d5fd1', 1)).toBe('#ffffff');
    expect(shade('#ffffff', 0.5)).toBe('#808080');
    expect(shade('#1d5fd1', 1)).toBe('#000000');
  });
});

describe('event mapping', () => {
  it('passes instants through and carries the domain event along', () => {
    const e = event();
    const input = toEventInput(e, '#c2410c');
    expect(input).toMatchObject({
      id: e.id,
      start: '2026-11-25T08:00:00Z',
      end: '2026-11-25T08:45:00Z',
      title: 'Eva Prieto Herrera',
      backgroundColor: '#c2410c',
      textColor: '#ffffff',
      extendedProps: { event: e },
    });
  });

  it('names status, kind and recurrence in its classes', () => {
    expect(eventClasses(event({ status: 'waiting' }))).toEqual([
      'fd-event',
      'fd-status-waiting',
      'fd-kind-docfav-appointment',
      'fd-appointment',
    ]);
    expect(
      eventClasses(
        event({ kind: 'docfav-recurring-event', patient: null, recurrence: 'series-1' }),
      ),
    ).toEqual(expect.arrayContaining(['fd-block', 'fd-recurring']));
  });

  it('describes appointments by status and blocked time by kind', () => {
    expect(describeKey(event({ status: 'no-show' }))).toBe('status.no-show');
    expect(describeKey(event({ kind: 'doctena-blocking' }))).toBe('kind.block');
    expect(describeKey(event({ kind: 'docfav-group-reservation' }))).toBe('kind.reservation');
    expect(describeKey(event({ kind: 'docfav-time-reservation' }))).toBe('kind.reservation');
    expect(describeKey(event({ kind: 'docfav-recurring-event' }))).toBe('kind.recurring');
  });

  it('filters by calendar of the right account, and cancelled by the setting', () => {
    const hidden = new Set(['a|sc1']);
    // Same calendar id, other account: still shown.
    expect(isVisible(event(), { hiddenCalendars: hidden, showCancelled: false })).toBe(true);
    expect(
      isVisible(event({ accountId: 'a' }), { hiddenCalendars: hidden, showCancelled: true }),
    ).toBe(false);
    const noShow = event({ status: 'no-show' });
    expect(isVisible(noShow, { hiddenCalendars: new Set(), showCancelled: false })).toBe(true);
  });
});

describe('idle weekends', () => {
  // Local times, as the grid shows them.
  const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).toISOString();

  it('hides Saturday and Sunday when nothing happens on them', () => {
    expect(idleWeekendDays([{ start: at(2026, 11, 23) }], [])).toEqual([6, 0]);
  });

  it('keeps a weekend day with a booking or working hours, but not with a day off', () => {
    expect(idleWeekendDays([{ start: at(2026, 11, 28) }], [])).toEqual([0]);
    expect(idleWeekendDays([], [{ start: at(2026, 11, 29), kind: 'working' }])).toEqual([6]);
    expect(idleWeekendDays([], [{ start: at(2026, 11, 28), kind: 'day-off' }])).toEqual([6, 0]);
  });
});

describe('first working hour', () => {
  it('opens the grid at the hour the earliest practitioner starts', () => {
    const at = (h: number, m = 0) => new Date(2026, 10, 24, h, m).toISOString();
    expect(
      firstWorkingHour([
        { start: at(9), kind: 'working' },
        { start: at(8, 30), kind: 'working' },
        { start: at(6), kind: 'time-off' },
      ]),
    ).toBe('08:00:00');
    expect(firstWorkingHour([{ start: at(6), kind: 'day-off' }])).toBeUndefined();
  });
});

describe('range titles and times', () => {
  it('titles a day, a week across months and one across years', () => {
    expect(rangeTitle(new Date(2026, 10, 24), new Date(2026, 10, 25), 'en-GB')).toBe('24 Nov 2026');
    expect(rangeTitle(new Date(2026, 10, 30), new Date(2026, 11, 7), 'de-DE')).toBe(
      '30. Nov. – 6. Dez. 2026',
    );
  });

  it('writes start and end in 24-hour local time', () => {
    const start = new Date(2026, 10, 24, 9, 5).toISOString();
    const end = new Date(2026, 10, 24, 14, 30).toISOString();
    expect(timeRange(start, end, 'en-GB')).toBe('09:05–14:30');
    expect(timeRange(start, end, 'de-DE')).toBe('09:05–14:30');
  });
});
