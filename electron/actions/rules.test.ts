import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../shared/domain';
import { allowedStatusActions, reached, refusal, undoFor } from './rules';

// The status rules, without a network.

const NOW = Date.parse('2026-11-24T09:00:00Z');
const clock = { now: NOW, timeZone: 'Europe/Berlin' };

function event(fields: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: 'x',
    vendorId: 'x',
    kind: 'docfav-appointment',
    source: 'docfav',
    accountId: 'a',
    calendarId: 'c',
    start: '2026-11-26T09:00:00Z',
    end: '2026-11-26T09:30:00Z',
    title: 'Appointment',
    status: 'confirmed',
    vendorStatus: 'confirmed',
    noShow: false,
    patient: null,
    reason: null,
    serviceId: null,
    note: null,
    recurrence: null,
    timezone: null,
    updatedAt: null,
    actions: ['cancel', 'move'],
    ...fields,
  };
}

describe('allowed status changes', () => {
  it('adds the undo steps each platform allows on top of the calendar actions', () => {
    expect(allowedStatusActions(event({}), clock)).toEqual(['cancel', 'unconfirm']);
    expect(allowedStatusActions(event({ status: 'cancelled', actions: [] }), clock)).toEqual([
      'confirm',
      'unconfirm',
    ]);
    const doctena = { kind: 'doctena-booking', source: 'doctena' } as const;
    expect(
      allowedStatusActions(event({ ...doctena, status: 'cancelled', actions: [] }), clock),
    ).toEqual(['confirm']);
    expect(
      allowedStatusActions(event({ ...doctena, status: 'confirmed', actions: ['cancel'] }), clock),
    ).toEqual(['cancel']);
  });

  it('allows nothing on blockings and read-only Docfav kinds', () => {
    for (const kind of ['doctena-blocking', 'docfav-recurring-event'] as const) {
      expect(allowedStatusActions(event({ kind, actions: ['delete'] }), clock)).toEqual([]);
    }
  });

  it('does not revive a cancellation from an earlier day', () => {
    const past = event({ status: 'cancelled', start: '2026-11-20T09:00:00Z', actions: [] });
    expect(allowedStatusActions(past, clock)).toEqual([]);
  });
});

describe('undo', () => {
  const after = (status: CalendarEvent['status']) => event({ status, actions: ['cancel'] });

  it('goes back to the previous Docfav behaviour', () => {
    const waiting = event({ status: 'waiting', actions: ['confirm', 'cancel'] });
    expect(undoFor(waiting, 'confirm', after('confirmed'), clock)).toBe('unconfirm');
    expect(undoFor(event({}), 'cancel', event({ status: 'cancelled', actions: [] }), clock)).toBe(
      'confirm',
    );
  });

  it('offers only re-confirming on Doctena, and nothing when the event is gone', () => {
    const booking = event({ kind: 'doctena-booking', source: 'doctena' });
    const cancelled = { ...booking, status: 'cancelled' as const, actions: [] };
    expect(undoFor(booking, 'cancel', cancelled, clock)).toBe('confirm');
    expect(undoFor({ ...booking, status: 'waiting' }, 'confirm', booking, clock)).toBeNull();
    expect(undoFor(booking, 'cancel', null, clock)).toBeNull();
  });
});

describe('refusals', () => {
  it('names why, as a reason the renderer words', () => {
    const future = event({ actions: ['cancel'] });
    expect(refusal(future, 'no-show', clock).reason).toBe('not-started');
    expect(refusal(future, 'confirm', clock).reason).toBe('already-confirmed');
    expect(refusal(event({ status: 'cancelled' }), 'move', clock).reason).toBe('cancelled-no-move');
    expect(refusal(event({ status: 'cancelled' }), 'cancel', clock).reason).toBe(
      'already-cancelled',
    );
    expect(
      refusal(event({ kind: 'doctena-booking', source: 'doctena' }), 'unconfirm', clock).reason,
    ).toBe('no-unconfirmed');
    expect(refusal(event({}), 'cancel', clock).code).toBe('validation');
  });

  it('knows when a state has been reached', () => {
    expect(reached(event({ status: 'no-show', noShow: true }), 'no-show')).toBe(true);
    expect(reached(event({ status: 'waiting' }), 'unconfirm')).toBe(true);
    expect(reached(event({ status: 'confirmed' }), 'cancel')).toBe(false);
  });
});
