import { describe, expect, it } from 'vitest';
import {
  bookingMarkerText,
  lastMarker,
  markerText,
  moveKey,
  pickSurvivor,
  withoutMarkers,
} from './move-marker';

// A new booking's marker: the same kind of line as a move's, read by the same parser.

describe('the booking marker', () => {
  it('names the booking as its own root, one key long, with ids and times only', () => {
    const text = bookingMarkerText('aaaa1111bbbb2222', 1_700_000_000_000);
    expect(text).toBe('[frontdesk-book aaaa1111bbbb2222 path 1700000000000-aaaa1111]');
    expect(lastMarker(`Llamó por teléfono\n${text}`)).toEqual({
      moveId: 'aaaa1111bbbb2222',
      rootId: 'aaaa1111bbbb2222',
      path: [moveKey(1_700_000_000_000, 'aaaa1111bbbb2222')],
    });
    expect(withoutMarkers(`Llamó por teléfono\n${text}`)).toBe('Llamó por teléfono');
  });

  it('is continued by a later move, whose marker then counts', () => {
    const booked = bookingMarkerText('aaaa1111', 1000);
    const moved = markerText({
      moveId: 'bbbb2222',
      rootId: 'aaaa1111',
      path: ['1000-aaaa1111', '2000-bbbb2222'],
    });
    const note = `${booked}\n${moved}`;
    expect(lastMarker(note)).toEqual({
      moveId: 'bbbb2222',
      rootId: 'aaaa1111',
      path: ['1000-aaaa1111', '2000-bbbb2222'],
    });
    expect(withoutMarkers(note)).toBe('');
    // Two desks moving the booked appointment at once compare like any other chain.
    const other = markerText({
      moveId: 'cccc3333',
      rootId: 'aaaa1111',
      path: ['1000-aaaa1111', '3000-cccc3333'],
    });
    expect(
      pickSurvivor(
        [
          { id: 'x', note: other },
          { id: 'y', note: moved },
        ],
        'aaaa1111',
      )?.id,
    ).toBe('y');
  });

  it('is not read from look-alikes a person could type', () => {
    expect(lastMarker('[frontdesk-book ABC path 1-abc]')).toBeUndefined();
    expect(lastMarker('[frontdesk-book aaaa1111]')).toBeUndefined();
    expect(lastMarker('[frontdesk-booking aaaa1111 path 1-aaaa1111]')).toBeUndefined();
  });
});
