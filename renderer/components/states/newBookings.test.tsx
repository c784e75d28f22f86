// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeMain, renderWithApp } from '../../test/testing';
import { isNew, markSeen, useMarkNewBookings, useNewBookings } from './newBookings';

function Marks() {
  useMarkNewBookings();
  const unseen = useNewBookings();
  return <p data-testid="unseen">{[...unseen].join(' ')}</p>;
}

afterEach(cleanup);

describe('online bookings nobody has opened', () => {
  it('are marked when the main process announces them, until opened', () => {
    const main = fakeMain();
    renderWithApp(<Marks />, main);
    act(() =>
      main.push('booking:new', { eventId: 'e1', calendarName: 'X', start: '2026-12-01T09:00:00Z' }),
    );
    act(() =>
      main.push('booking:new', { eventId: 'e2', calendarName: 'X', start: '2026-12-01T10:00:00Z' }),
    );
    expect(screen.getByTestId('unseen').textContent).toBe('e1 e2');
    expect(isNew('e1')).toBe(true);

    act(() => markSeen('e1'));
    expect(screen.getByTestId('unseen').textContent).toBe('e2');
    expect(isNew('e1')).toBe(false);
    act(() => markSeen('e2'));
  });
});
