// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEvent } from '../../shared/domain';
import type { PatientSearchResult } from '../../shared/patients';
import { appointment, booking, fakeMain, renderWithApp, type FakeMain } from '../test/testing';
import { SearchBox } from './SearchBox';

// The box waits for a pause in typing, and TanStack Query hands answers over on a timer: both run
// on fake timers, moved on by hand.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-11-24T09:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const earlier = booking({
  id: 'doctena:a:doctena-booking:old',
  start: '2026-02-03T09:00:00Z',
  end: '2026-02-03T09:30:00Z',
  status: 'confirmed',
});
const next = appointment({
  id: 'docfav:b:docfav-appointment:next',
  start: '2026-12-01T10:00:00Z',
  end: '2026-12-01T10:30:00Z',
});

const found = (patch: Partial<PatientSearchResult> = {}): PatientSearchResult => ({
  matches: [
    {
      key: 'docfav:b:c9',
      name: 'Mathilda Hoffmann',
      phone: '+49 30 5550177',
      email: 'm.hoffmann@example.org',
      sources: ['docfav', 'doctena'],
      appointments: [earlier, next],
    },
  ],
  failed: [],
  ...patch,
});

async function type(text: string) {
  fireEvent.change(screen.getByRole('combobox', { name: /Search patients/ }), {
    target: { value: text },
  });
  await act(() => vi.advanceTimersByTimeAsync(300));
  await act(() => vi.advanceTimersByTimeAsync(10));
}

function show(main: FakeMain) {
  const picked: CalendarEvent[] = [];
  renderWithApp(
    <SearchBox
      calendarName={(e) => (e.source === 'doctena' ? 'Allgemein' : 'Lucía')}
      onPick={(e) => picked.push(e)}
    />,
    main,
  );
  return picked;
}

describe('the search box', () => {
  it('asks once for the words as typed and lists the patient with earlier and coming appointments', async () => {
    const main = fakeMain();
    main.answer('events:search', () => found());
    const picked = show(main);

    await type('Hoffmann Mathilda');

    expect(main.inputs('events:search')).toEqual([{ query: 'Hoffmann Mathilda' }]);
    const hit = within(screen.getByRole('listitem', { name: 'Mathilda Hoffmann' }));
    expect(hit.getByText(/\+49 30 5550177 · m\.hoffmann@example\.org/)).toBeTruthy();
    const [past, upcoming] = hit.getAllByRole('list');
    expect(hit.getByText('Earlier')).toBeTruthy();
    expect(hit.getByText('Upcoming')).toBeTruthy();
    expect(within(past!).getByRole('button').textContent).toMatch(
      /Tue, 3 Feb 2026.*Allgemein · Doctena · Confirmed/,
    );
    const coming = within(upcoming!).getByRole('button');
    expect(coming.textContent).toMatch(/Tue, 1 Dec 2026.*Lucía · Docfav · Waiting/);

    fireEvent.click(coming);
    expect(picked.map((e) => e.id)).toEqual([next.id]);
  });

  it('opens the next appointment with Enter, and walks the list with the arrow keys', async () => {
    const main = fakeMain();
    main.answer('events:search', () => found());
    const picked = show(main);
    await type('hoffmann');

    const box = screen.getByRole('combobox', { name: /Search patients/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const buttons = screen.getAllByRole('button');
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);

    fireEvent.keyDown(box, { key: 'Enter' });
    expect(picked.map((e) => e.id)).toEqual([next.id]);
  });

  it('says when nobody is found, and which platform could not be asked', async () => {
    const main = fakeMain();
    main.answer('events:search', () => ({
      matches: [],
      failed: [
        {
          accountId: 'b',
          label: 'Clínica Sol',
          error: { code: 'rate-limited', details: { vendor: 'docfav' } },
        },
      ],
    }));
    show(main);
    await type('0151 2345');

    expect(screen.getByText('No patient found.')).toBeTruthy();
    expect(screen.getByText(/^Clínica Sol could not be searched: /)).toBeTruthy();
  });

  it('says a Docfav patient has nothing in the loaded weeks rather than hiding them', async () => {
    const main = fakeMain();
    main.answer('events:search', () =>
      found({
        matches: [
          {
            key: 'k',
            name: 'Eva Prieto',
            phone: null,
            email: null,
            sources: ['docfav'],
            appointments: [],
          },
        ],
      }),
    );
    show(main);
    await type('prieto');
    const hit = within(screen.getByRole('listitem', { name: 'Eva Prieto' }));
    expect(hit.getByText('No appointment in the weeks loaded so far.')).toBeTruthy();
    expect(screen.getByText('1 patient')).toBeTruthy();
  });
});
