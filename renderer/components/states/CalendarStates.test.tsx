// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountStatus, CalendarData } from '../../../shared/contract';
import { appointment, booking, calendarData, fakeMain, renderWithApp } from '../../test/testing';
import { CalendarStates } from './CalendarStates';

afterEach(cleanup);

function account(patch: Partial<AccountStatus>): AccountStatus {
  return {
    id: 'a',
    vendor: 'doctena',
    label: 'Practice',
    state: 'ok',
    error: null,
    lastSuccessAt: '2026-11-30T08:00:00Z',
    ...patch,
  };
}

function show(data: CalendarData, view = 'timeGridWeek', hidden: ReadonlySet<string> = new Set()) {
  renderWithApp(<CalendarStates data={data} hiddenCalendars={hidden} view={view} />, fakeMain());
}

const withAccounts = (data: CalendarData, accounts: AccountStatus[]) => ({ ...data, accounts });

describe('an empty week', () => {
  it('says so once every platform has answered with nothing', () => {
    show(withAccounts(calendarData([]), [account({}), account({ id: 'b', vendor: 'docfav' })]));
    expect(screen.getByRole('status').textContent).toBe('Nothing is booked this week.');
    cleanup();
    show(withAccounts(calendarData([]), [account({})]), 'timeGridDay');
    expect(screen.getByRole('status').textContent).toBe('Nothing is booked this day.');
  });

  it('counts only appointments that are shown: blocked time and hidden calendars are not', () => {
    const block = booking({ kind: 'doctena-blocking', id: 'x' });
    show(
      withAccounts(calendarData([block, appointment()]), [account({})]),
      'timeGridWeek',
      new Set(['b|sc1']),
    );
    expect(screen.getByText('Nothing is booked this week.')).toBeTruthy();
    cleanup();
    show(withAccounts(calendarData([appointment()]), [account({})]));
    expect(screen.queryByText('Nothing is booked this week.')).toBeNull();
  });

  it('is not claimed while a platform is loading or failed, nor before any account exists', () => {
    show(withAccounts(calendarData([]), [account({ slow: 'missing' })]));
    expect(screen.queryByText('Nothing is booked this week.')).toBeNull();
    cleanup();
    show(withAccounts(calendarData([]), [account({ state: 'error' })]));
    expect(screen.queryByText('Nothing is booked this week.')).toBeNull();
    cleanup();
    show(calendarData([]));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('loading, per platform', () => {
  it('names each platform still loading, and not the one that has answered', () => {
    show(
      withAccounts(calendarData([booking()]), [
        account({ state: 'syncing', lastSuccessAt: null }),
        account({ id: 'b', vendor: 'docfav' }),
      ]),
    );
    expect(screen.getByTestId('loading-doctena').textContent).toBe('Loading Doctena…');
    expect(screen.queryByTestId('loading-docfav')).toBeNull();
    cleanup();
    // A refresh of data already shown is not "loading": the sidebar says it is syncing.
    show(withAccounts(calendarData([booking()]), [account({ state: 'syncing' })]));
    expect(screen.queryByTestId('loading-doctena')).toBeNull();
  });
});
