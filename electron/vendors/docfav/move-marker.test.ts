import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePaths,
  continues,
  lastMarker,
  markerText,
  moveKey,
  pickSurvivor,
  withoutMarkers,
} from './move-marker';

// The move marker and the rule every desk applies to pick the booking that stays.

describe('the move marker', () => {
  it('round-trips through a note; the last marker is the one of the latest move', () => {
    const first = markerText({ moveId: 'aaaa1111', rootId: 'old-1', path: ['1000-aaaa1111'] });
    const second = markerText({
      moveId: 'bbbb2222',
      rootId: 'old-1',
      path: ['1000-aaaa1111', '2000-bbbb2222'],
    });
    const note = `Primera visita\nmoved from 2026-11-26 10:00\n${first}\n${second}`;
    expect(lastMarker(note)).toEqual({
      moveId: 'bbbb2222',
      rootId: 'old-1',
      path: ['1000-aaaa1111', '2000-bbbb2222'],
    });
    expect(withoutMarkers(note)).toBe('Primera visita\nmoved from 2026-11-26 10:00');
    expect(lastMarker('Primera visita')).toBeUndefined();
    expect(lastMarker(null)).toBeUndefined();
  });

  it('holds ids and times only', () => {
    const text = markerText({
      moveId: 'aaaa1111bbbb2222',
      rootId: 'old-1',
      path: [moveKey(1700000000000, 'aaaa1111bbbb2222')],
    });
    expect(text).toBe('[frontdesk-move aaaa1111bbbb2222 of old-1 path 1700000000000-aaaa1111]');
  });
});

describe('the booking that stays', () => {
  const booking = (id: string, rootId: string, path: string[]) => ({
    id,
    note: `x\n${markerText({ moveId: `${id}0000000`.slice(0, 8), rootId, path })}`,
  });

  it('is the earliest move, then the lowest id, among bookings replacing the same root', () => {
    const list = [
      booking('b', 'old', ['200-b']),
      booking('c', 'old', ['100-c']),
      booking('a', 'old', ['100-a']),
    ];
    expect(pickSurvivor(list, 'old')?.id).toBe('a');
    expect(pickSurvivor([booking('z', 'other', ['1-z'])], 'old')).toBeUndefined();
    expect(pickSurvivor([{ id: 'q', note: null }], 'old')).toBeUndefined();
  });

  it('keeps a winner’s descendant ahead of a loser, so no earlier decision turns around', () => {
    // A1 beat B2; then A1 was moved on to C3. C3 still beats B2, though C3's own move is later.
    const b2 = booking('b2', 'old', ['200-b']);
    const c3 = booking('c3', 'old', ['100-a', '300-c']);
    expect(pickSurvivor([b2, c3], 'old')?.id).toBe('c3');
    // And a loser moved on stays a loser.
    const a1 = booking('a1', 'old', ['100-a']);
    const d4 = booking('d4', 'old', ['200-b', '50-d']);
    expect(pickSurvivor([d4, a1], 'old')?.id).toBe('a1');
    // A booking moved on is still live until its mover cancels it: the continuation wins.
    expect(comparePaths(['100-a'], ['100-a', '300-c'])).toBeGreaterThan(0);
    expect(pickSurvivor([a1, c3], 'old')?.id).toBe('c3');
    expect(continues(['100-a', '300-c'], ['100-a'])).toBe(true);
    expect(continues(['100-a'], ['100-a'])).toBe(false);
    expect(continues(['200-b', '300-c'], ['100-a'])).toBe(false);
  });

  it('is the same whatever order each desk reads the bookings in', () => {
    const key = fc
      .tuple(fc.nat(5), fc.stringMatching(/^[a-f0-9]{2}$/))
      .map(([ms, id]) => `${ms}-${id}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.stringMatching(/^[a-f0-9]{4}$/),
            path: fc.array(key, { minLength: 1, maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 6, selector: (r) => r.id },
        ),
        fc.nat(),
        (records, seed) => {
          const list = records.map((r) => booking(r.id, 'old', r.path));
          const shuffled = [...list].sort(
            (x, y) => ((x.id.charCodeAt(0) * seed) % 7) - ((y.id.charCodeAt(0) * seed) % 7),
          );
          const a = pickSurvivor(shuffled, 'old');
          const b = pickSurvivor(list, 'old');
          expect(
            comparePaths(lastMarker(a?.note)?.path ?? [], lastMarker(b?.note)?.path ?? []),
          ).toBe(0);
        },
      ),
    );
  });
});
