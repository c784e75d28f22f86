import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastMarker, markerText, pickSurvivor, withoutMarkers } from './move-marker';

// The move marker and the rule every desk applies to pick the booking that stays.

describe('the move marker', () => {
  it('round-trips through a note, and the last marker is the one of the latest move', () => {
    const first = markerText({ moveId: 'aaaa1111', oldId: 'old-1', markedAtMs: 1000 });
    const second = markerText({ moveId: 'bbbb2222', oldId: 'new-1', markedAtMs: 2000 });
    const note = `Primera visita\nmoved from 2026-11-26 10:00\n${first}\nmoved from 2026-11-27 09:00\n${second}`;
    expect(lastMarker(note)).toEqual({ moveId: 'bbbb2222', oldId: 'new-1', markedAtMs: 2000 });
    expect(withoutMarkers(note)).not.toContain('frontdesk-move');
    expect(lastMarker('Primera visita')).toBeUndefined();
    expect(lastMarker(null)).toBeUndefined();
  });

  it('holds ids and a time only', () => {
    const text = markerText({ moveId: 'aaaa1111', oldId: 'old-1', markedAtMs: 1700000000000 });
    expect(text).toBe('[frontdesk-move aaaa1111 of old-1 at 1700000000000]');
  });
});

describe('the booking that stays', () => {
  const booking = (id: string, oldId: string, at: number) => ({
    id,
    note: `x\n${markerText({ moveId: `m${id}0000000`.slice(0, 12), oldId, markedAtMs: at })}`,
  });

  it('is the earliest marker, then the lowest id, among bookings replacing the same original', () => {
    const list = [booking('b', 'old', 200), booking('c', 'old', 100), booking('a', 'old', 100)];
    expect(pickSurvivor(list, 'old')?.id).toBe('a');
    expect(pickSurvivor([booking('z', 'other', 1)], 'old')).toBeUndefined();
    expect(pickSurvivor([{ id: 'q', note: null }], 'old')).toBeUndefined();
  });

  it('is the same whatever order each desk reads the bookings in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-f0-9]{4}$/), at: fc.nat(5) }), {
          minLength: 1,
          maxLength: 6,
          selector: (r) => r.id,
        }),
        fc.nat(),
        (records, seed) => {
          const list = records.map((r) => booking(r.id, 'old', r.at));
          const shuffled = [...list].sort(
            (x, y) => ((x.id.charCodeAt(0) * seed) % 7) - ((y.id.charCodeAt(0) * seed) % 7),
          );
          expect(pickSurvivor(shuffled, 'old')?.id).toBe(pickSurvivor(list, 'old')?.id);
        },
      ),
    );
  });
});
