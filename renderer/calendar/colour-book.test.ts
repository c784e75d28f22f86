import { describe, expect, it } from 'vitest';
import type { EventStatus } from '../../shared/domain';
import { createColourBook, type KeyValueStorage } from './colour-book';
import { colourMap, eventColours, LEGEND_SAMPLE, PALETTE } from './colors';

// A calendar's colour is its own: it never changes because another account is slow or missing.

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const DOCTENA = ['demo-doctena|cal-general', 'demo-doctena|cal-kids'];
const DOCFAV = ['demo-docfav|sc-lucia', 'demo-docfav|sc-javier', 'demo-docfav|sc-carmen'];
const pick = (map: Map<string, string | number>, keys: string[]) => keys.map((k) => map.get(k));

describe('calendar colours', () => {
  it('keeps the other calendars’ colours when one account is missing', () => {
    const all = colourMap([...DOCTENA, ...DOCFAV]);
    const withoutDocfav = colourMap(DOCTENA);
    expect(pick(withoutDocfav, DOCTENA)).toEqual(pick(all, DOCTENA));
    const withoutDoctena = colourMap(DOCFAV);
    expect(pick(withoutDoctena, DOCFAV)).toEqual(pick(all, DOCFAV));
    expect(new Set(all.values()).size).toBe(5);
    expect([...all.values()].every((c) => PALETTE.includes(c))).toBe(true);
  });

  it('keeps them when a slow account arrives after the others, and after a restart', () => {
    const storage = memoryStorage();
    const book = createColourBook(PALETTE.length, storage);
    const first = book.slotsFor(DOCTENA);
    const later = book.slotsFor([...DOCFAV, ...DOCTENA]);
    expect(pick(later, DOCTENA)).toEqual(pick(first, DOCTENA));
    expect(new Set(later.values()).size).toBe(5);
    const restarted = createColourBook(PALETTE.length, storage).slotsFor(DOCTENA);
    expect(pick(restarted, DOCTENA)).toEqual(pick(first, DOCTENA));
  });

  it('gives the same slots whatever order the platforms list their calendars in', () => {
    const a = createColourBook(PALETTE.length, null).slotsFor([...DOCFAV, ...DOCTENA]);
    const b = createColourBook(PALETTE.length, null).slotsFor([...DOCTENA, ...DOCFAV].reverse());
    expect(a).toEqual(b);
  });

  it('reuses the slot of the calendar absent longest only when every slot is taken', () => {
    const book = createColourBook(3, memoryStorage());
    const old = book.slotsFor(['old|1']);
    book.slotsFor(['a|1', 'a|2']);
    const full = book.slotsFor(['a|1', 'a|2', 'b|1']);
    expect(full.get('b|1')).toBe(old.get('old|1'));
    expect(new Set(full.values()).size).toBe(3);
    // The absent calendar got a slot again when it came back, without moving anyone on screen.
    const back = book.slotsFor(['a|1', 'a|2', 'b|1', 'old|1']);
    expect(pick(back, ['a|1', 'a|2', 'b|1'])).toEqual(pick(full, ['a|1', 'a|2', 'b|1']));
  });

  it('lets a colour chosen in Settings win without moving any other calendar’s colour', () => {
    const all = colourMap([...DOCTENA, ...DOCFAV]);
    const key = DOCTENA[0] ?? '';
    const chosen = colourMap([...DOCTENA, ...DOCFAV], { [key]: '#123456' });
    expect(chosen.get(key)).toBe('#123456');
    const others = [...DOCTENA.slice(1), ...DOCFAV];
    expect(pick(chosen, others)).toEqual(pick(all, others));
  });

  it('never draws a legend status swatch in a calendar’s colour', () => {
    const statuses: EventStatus[] = [
      'confirmed',
      'waiting',
      'rescheduled',
      'no-show',
      'cancelled',
      'expired',
    ];
    for (const status of statuses) {
      const chip = eventColours({ status, kind: 'doctena-booking' }, LEGEND_SAMPLE);
      const drawn = [chip.backgroundColor, chip.borderColor].map((c) => c?.toLowerCase());
      expect(
        drawn.filter((c) => c && PALETTE.includes(c)),
        status,
      ).toEqual([]);
    }
  });

  it('survives unreadable storage', () => {
    const storage = memoryStorage();
    storage.data.set('frontdesk.calendarColours', '{"x|1": [99, 1], "y|1": "nope", ');
    const slots = createColourBook(PALETTE.length, storage).slotsFor(['x|1']);
    expect(slots.get('x|1')).toBeLessThan(PALETTE.length);
  });
});
