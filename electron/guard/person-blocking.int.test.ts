import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { isReservedTitleRefusal } from '../../renderer/components/guard/reservedTitle';
import {
  failure,
  GENERAL,
  guardSettings,
  LUCIA_MAPPING,
  mirrorsIn,
  startHarness,
  WEEK,
  type Harness,
  type Pc,
} from '../testing/harness';
import { MIRROR_TITLES } from './marker';

// A person's blocked time, made and edited through Frontdesk's actions, beside the guard that
// mirrors Lucía's Docfav appointments into the same Doctena calendar.

let h: Harness;
let pc: Pc;

beforeEach(async () => {
  h = await startHarness();
  await h.engine.range(WEEK);
  const mapping = { ...LUCIA_MAPPING, doctena: { accountId: 'dt', calendarId: GENERAL } };
  pc = h.pc({ settings: guardSettings({ mappings: [mapping], mirrorReservations: true }) });
});
afterEach(async () => {
  await h.close();
});

const runOk = async () => expect((await pc.guard.run()).errors).toEqual([]);
const CALENDAR = { accountId: 'dt', calendarId: GENERAL };
// Early on a Saturday: nothing of Lucía's there, so a mirror at that time would be a stray one.
const SATURDAY = { start: '2026-11-28T05:00:00Z', end: '2026-11-28T05:30:00Z' };

describe('a reserved title on a person’s blocking', () => {
  it('is refused on update, so the guard never moves or deletes that blocking', async () => {
    await runOk();
    const made = await h.actions.createBlockings({
      title: 'Mittagspause',
      calendars: [CALENDAR],
      ranges: [SATURDAY],
      recurrence: null,
    });
    const [event] = made.created;
    const stored = { ...h.doctena.store.blockings.get(event!.vendorId)! };

    for (const title of [MIRROR_TITLES.appointment, MIRROR_TITLES.reserved, ' docfav ·BUSY ']) {
      const before = h.requests();
      const err = await failure(h.actions.updateBlocking({ eventId: event!.id, title }));
      expect(err).toMatchObject({ code: 'validation', details: { reason: 'reserved-title' } });
      // The renderer recognises the refusal, to say it in the receptionist's language.
      expect(isReservedTitleRefusal(new AppError('validation', err.details))).toBe(true);
      expect(h.requests()).toBe(before);
    }

    await runOk();
    await runOk();
    expect(h.doctena.store.blockings.get(event!.vendorId)).toEqual(stored);
    expect(mirrorsIn(h, GENERAL).some((b) => b._id === event!.vendorId)).toBe(false);
  });

  it('is refused on create in any spelling, writing nothing', async () => {
    for (const title of ['docfav · busy', 'DOCFAV · RESERVED', 'Docfav·busy']) {
      const before = h.requests();
      const err = await failure(
        h.actions.createBlockings({
          title,
          calendars: [CALENDAR],
          ranges: [SATURDAY],
          recurrence: null,
        }),
      );
      expect(err).toMatchObject({ code: 'validation', details: { reason: 'reserved-title' } });
      expect(h.requests()).toBe(before);
    }
  });

  it('other titles are still taken on update', async () => {
    const made = await h.actions.createBlockings({
      title: 'Mittagspause',
      calendars: [CALENDAR],
      ranges: [SATURDAY],
      recurrence: null,
    });
    const [event] = made.created;
    await h.actions.updateBlocking({ eventId: event!.id, title: 'Docfav · busy (Lucía)' });
    expect(h.doctena.store.blockings.get(event!.vendorId)?.title).toBe('Docfav · busy (Lucía)');
  });
});
