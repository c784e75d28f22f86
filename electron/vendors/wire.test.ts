import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  checkPathIds,
  markUnreadable,
  tolerantList,
  unreadableIn,
  WireInstant,
  WireLocalDate,
  WireLocalDateTime,
} from './wire';

const Item = z.looseObject({ id: z.string(), starts: WireInstant });
const Items = tolerantList(Item, 'test.items');

describe('tolerantList', () => {
  it('keeps the good items and leaves out the one it cannot read, without failing', () => {
    const parsed = Items.parse([
      { id: 'a', starts: '2026-11-24T09:00:00+01:00' },
      { id: 'b', starts: '0000-01-01T00:00:00+01:00', title: 'Frau Müller' },
      { id: 'c', starts: '2026-11-24T10:00:00Z' },
    ]);
    expect(parsed.map((i) => i.id)).toEqual(['a', 'c']);
    const skipped = unreadableIn(parsed);
    expect(skipped).toEqual([
      { list: 'test.items', index: 1, id: 'b', issues: ['starts: custom'] },
    ]);
    // Ids and codes only: nothing of the record's text.
    expect(JSON.stringify(skipped)).not.toContain('Müller');
  });

  it('reads missing and null as empty, and an item without a usable id by its position', () => {
    expect(Items.parse(null)).toEqual([]);
    expect(Items.parse(undefined)).toEqual([]);
    const parsed = Items.parse([{ id: { $oid: 'x' }, starts: 'soon' }, 'junk']);
    expect(parsed).toEqual([]);
    expect(unreadableIn(parsed).map((i) => [i.index, i.id])).toEqual([
      [0, null],
      [1, null],
    ]);
  });

  it('finds left-out items nested anywhere, and carries them to values built from them', () => {
    const Outer = z.looseObject({ items: Items, more: tolerantList(Item, 'test.more') });
    const parsed = Outer.parse({
      items: [{ id: 'x', starts: 'nope' }],
      more: [{ id: 'y', starts: '2026-11-24T09:00:00Z' }, 3],
    });
    expect(unreadableIn(parsed)).toHaveLength(2);
    const merged = markUnreadable([...parsed.items, ...parsed.more], unreadableIn(parsed));
    expect(unreadableIn(merged).map((i) => i.list)).toEqual(['test.items', 'test.more']);
    expect(unreadableIn(Items.parse([]))).toEqual([]);
  });
});

describe('wire times', () => {
  it('refuses times outside sane years, which no calendar record can have', () => {
    expect(WireInstant.safeParse('0000-01-01T00:00:00+01:00').success).toBe(false);
    expect(WireInstant.safeParse('0001-01-01T00:00:00Z').success).toBe(false);
    expect(WireInstant.safeParse('9999-12-31T23:00:00Z').success).toBe(false);
    expect(WireInstant.safeParse('2026-11-24T09:00:00+01:00').success).toBe(true);
    expect(WireLocalDateTime.safeParse('0000-01-01T08:00:00').success).toBe(false);
    expect(WireLocalDateTime.safeParse('2026-03-06T08:00:00').success).toBe(true);
    expect(WireLocalDateTime.safeParse('2026-03-06T08:00:00+01:00').success).toBe(true);
    expect(WireLocalDate.safeParse('0000-01-01').success).toBe(false);
    expect(WireLocalDate.safeParse('2026-02-30').success).toBe(false);
    expect(WireLocalDate.safeParse('2026-03-06').success).toBe(true);
  });
});

describe('checkPathIds', () => {
  const HEX24 = /^[0-9a-f]{24}$/i;
  const refused = (id: string) => {
    try {
      checkPathIds({ calendarId: id }, HEX24, 'doctena');
      return undefined;
    } catch (err) {
      return err;
    }
  };

  it.each(['..', '.', '', 'a/b', '%2e%2e', `${'a'.repeat(23)}\n`, 'a'.repeat(300), 'nope'])(
    'refuses %j before anything is sent',
    (id) => {
      const err = refused(id);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({
        code: 'invalid-input',
        details: { vendor: 'doctena', reason: 'bad-id', field: 'calendarId' },
      });
      // The id itself is never echoed.
      if (id.length > 2) expect((err as AppError).message).not.toContain(id);
    },
  );

  it('lets ids of the vendor shape through', () => {
    expect(refused('4f02608e18cb71000100004b')).toBeUndefined();
  });
});
