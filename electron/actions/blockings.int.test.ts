import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, type BlockingInput } from '../../shared/contract';
import {
  failure,
  GENERAL,
  LUCIA,
  PAEDIATRICS,
  startHarness,
  WEEK,
  type Harness,
} from '../testing/harness';

// Blocked time on Doctena against the simulator over real HTTP.

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await h.engine.range(WEEK);
});
afterEach(async () => {
  await h.close();
});

const create = async (input: Partial<BlockingInput> = {}) =>
  channels['blocking:create'].output.parse(
    await h.actions.createBlockings({
      title: 'Qualitätszirkel',
      calendars: [{ accountId: 'dt', calendarId: GENERAL }],
      ranges: [{ start: '2026-11-27T13:00:00Z', end: '2026-11-27T17:00:00Z' }],
      recurrence: null,
      ...input,
    }),
  );

const blockingsTitled = (title: string) =>
  [...h.doctena.store.blockings.values()].filter((b) => b.title === title);

describe('creating blocked time', () => {
  it('refuses the title reserved for the double-booking guard, writing nothing', async () => {
    const before = h.requests();
    const err = await failure(create({ title: 'Docfav · busy' }));
    expect(err.code).toBe('validation');
    expect(err.reason).toBe('reserved-title');
    expect(h.requests()).toBe(before);
  });

  it('blocks several days on two calendars, and the calendar shows them at once', async () => {
    const result = await create({
      calendars: [
        { accountId: 'dt', calendarId: GENERAL },
        { accountId: 'dt', calendarId: PAEDIATRICS },
      ],
      ranges: [
        { start: '2026-11-26T23:00:00Z', end: '2026-11-27T23:00:00Z' },
        { start: '2026-11-27T23:00:00Z', end: '2026-11-28T23:00:00Z' },
      ],
    });
    expect(result.failed).toEqual([]);
    expect(result.created).toHaveLength(4);
    expect(blockingsTitled('Qualitätszirkel')).toHaveLength(4);
    const shown = (await h.engine.range(WEEK)).events.filter((e) => e.title === 'Qualitätszirkel');
    expect(shown).toHaveLength(4);
  });

  it('reports a calendar that failed and keeps the one that worked', async () => {
    h.doctena.faults.add({
      method: 'POST',
      path: `/calendars/${PAEDIATRICS}/blockings`,
      kind: '500',
      times: 1,
    });
    const result = await create({
      calendars: [
        { accountId: 'dt', calendarId: GENERAL },
        { accountId: 'dt', calendarId: PAEDIATRICS },
      ],
    });
    expect(result.created.map((e) => e.calendarId)).toEqual([GENERAL]);
    expect(result.failed).toMatchObject([
      {
        calendar: { accountId: 'dt', calendarId: PAEDIATRICS },
        start: '2026-11-27T13:00:00Z',
        error: {
          code: 'server',
          details: { outcome: 'unknown', checked: true, reason: 'not-seen' },
        },
      },
    ]);
    expect(blockingsTitled('Qualitätszirkel').map((b) => b.calendar_id)).toEqual([GENERAL]);
  });

  it('finds a blocking whose answer never came, instead of reporting it failed', async () => {
    await h.close();
    h = await startHarness({ timeoutMs: 1_500 });
    await h.engine.range(WEEK);
    h.tap.holdAnswer('POST', /\/blockings$/);
    const result = await create();
    expect(result.failed).toEqual([]);
    expect(result.created).toHaveLength(1);
    expect(blockingsTitled('Qualitätszirkel')).toHaveLength(1);
  });

  it('keeps a new blocking on the calendar when reading it back fails, until a sync has it', async () => {
    // The POST goes through; every read of the calendar's blockings after it fails (retries too).
    h.doctena.faults.add({
      method: 'GET',
      path: `/calendars/${GENERAL}/blockings`,
      kind: '500',
      times: 3,
    });
    const result = await create();
    expect(result.failed).toEqual([]);
    const [made] = result.created;
    expect(made?.title).toBe('Qualitätszirkel');
    const shown = () =>
      h.engine.range(WEEK).then((d) => d.events.filter((e) => e.title === 'Qualitätszirkel'));
    expect((await shown()).map((e) => e.id)).toEqual([made?.id]);
    expect(h.engine.findEvent(made?.id ?? '')).toMatchObject({ start: made?.start });
    // The next sync reads it from Doctena: shown once, as Doctena has it.
    await h.engine.refresh(WEEK);
    expect((await shown()).map((e) => e.id)).toEqual([made?.id]);
    expect(blockingsTitled('Qualitätszirkel')).toHaveLength(1);
  });

  it('creates a weekly blocking; the calendar shows its occurrences', async () => {
    const result = await create({
      title: 'Hausbesuche',
      ranges: [{ start: '2026-11-25T13:00:00Z', end: '2026-11-25T15:00:00Z' }],
      recurrence: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270101T000000Z',
    });
    expect(result.created).toHaveLength(1);
    expect(result.created[0]).toMatchObject({
      start: '2026-11-25T13:00:00Z',
      end: '2026-11-25T15:00:00Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270101T000000Z',
    });
    const nextWeek = {
      from: new Date('2026-11-30T00:00:00Z'),
      to: new Date('2026-12-07T00:00:00Z'),
    };
    const shown = (await h.engine.range(nextWeek)).events.filter((e) => e.title === 'Hausbesuche');
    expect(shown.map((e) => e.start)).toEqual(['2026-12-02T13:00:00Z']);
  });

  it('refuses a Docfav calendar, naming Docfav, and writes nothing anywhere', async () => {
    const before = h.requests();
    const err = await failure(
      create({
        calendars: [
          { accountId: 'dt', calendarId: GENERAL },
          { accountId: 'df', calendarId: LUCIA },
        ],
      }),
    );
    expect(err.code).toBe('validation');
    expect(err.reason).toBe('docfav-no-blocking');
    expect(h.requests()).toBe(before);
    expect(blockingsTitled('Qualitätszirkel')).toHaveLength(0);
  });

  it('refuses calendars and repeat rules it does not know', async () => {
    const before = h.requests();
    const unknownCalendar = await failure(
      create({ calendars: [{ accountId: 'dt', calendarId: 'nope' }] }),
    );
    const unknownAccount = await failure(
      create({ calendars: [{ accountId: 'gone', calendarId: GENERAL }] }),
    );
    const badRule = await failure(create({ recurrence: 'FREQ=HOURLY;BYSETPOS=2' }));
    expect([unknownCalendar.code, unknownAccount.code, badRule.code]).toEqual([
      'validation',
      'validation',
      'validation',
    ]);
    expect(h.requests()).toBe(before);
  });
});

describe('changing and deleting blocked time', () => {
  it('edits a repeating blocking as a whole from one of its occurrences', async () => {
    const series = h.doctena.store.addBlocking({
      calendar_id: GENERAL,
      title: 'Mittagspause',
      starts: new Date('2026-11-23T12:30:00+01:00'),
      ends: new Date('2027-11-23T13:30:00+01:00'),
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH',
    });
    const data = await h.engine.refresh(WEEK);
    const thursday = data.events.find(
      (e) => e.vendorId === series._id && e.start.startsWith('2026-11-26'),
    );
    const result = channels['blocking:update'].output.parse(
      await h.actions.updateBlocking({ eventId: thursday?.id ?? '', title: 'Mittag' }),
    );
    expect(h.doctena.store.blockings.get(series._id)?.title).toBe('Mittag');
    expect(result.event).toMatchObject({ title: 'Mittag', vendorId: series._id });
    expect(result.undo).toBeNull();
    const shown = (await h.engine.range(WEEK)).events.filter((e) => e.vendorId === series._id);
    expect(shown.map((e) => e.title)).toEqual(['Mittag', 'Mittag']);
  });

  it('takes the repetition away when the recurrence is cleared', async () => {
    const [made] = (await create({ recurrence: 'FREQ=DAILY;COUNT=3' })).created;
    const result = await h.actions.updateBlocking({ eventId: made?.id ?? '', recurrence: null });
    expect(result.event?.recurrence).toBeNull();
    expect(h.doctena.store.blockings.get(made?.vendorId ?? '')?.recurrence).toBe('');
  });

  it('deletes a blocking; deleting it again says it was already gone', async () => {
    const [made] = (await create()).created;
    const id = made?.id ?? '';
    expect(await h.actions.deleteBlocking({ eventId: id })).toEqual({ deleted: true });
    expect(blockingsTitled('Qualitätszirkel')).toHaveLength(0);
    expect((await h.engine.range(WEEK)).events.some((e) => e.id === id)).toBe(false);
    const before = h.requests();
    expect(await h.actions.deleteBlocking({ eventId: id })).toEqual({ deleted: false });
    expect(h.requests()).toBe(before);
  });

  it('treats a 404 from Doctena as already deleted', async () => {
    const [made] = (await create()).created;
    h.doctena.store.deleteBlocking(made?.vendorId ?? '');
    const result = await h.actions.deleteBlocking({ eventId: made?.id ?? '' });
    expect(result).toEqual({ deleted: false });
    expect(h.engine.findEvent(made?.id ?? '')).toBeUndefined();
  });

  it('settles a delete Doctena did not answer by reading back', async () => {
    const [made] = (await create()).created;
    h.doctena.faults.add({ method: 'DELETE', path: '/calendars/*/blockings/*', kind: '500' });
    const err = await failure(h.actions.deleteBlocking({ eventId: made?.id ?? '' }));
    expect(err.details).toMatchObject({ outcome: 'unknown', checked: true, reason: 'not-seen' });
    expect(blockingsTitled('Qualitätszirkel')).toHaveLength(1);
  });

  it('does not edit or delete appointments as blockings', async () => {
    const data = await h.engine.range(WEEK);
    const booking = data.events.find((e) => e.kind === 'doctena-booking');
    const before = h.requests();
    const a = await failure(h.actions.deleteBlocking({ eventId: booking?.id ?? '' }));
    const b = await failure(h.actions.updateBlocking({ eventId: booking?.id ?? '', title: 'x' }));
    expect([a.code, b.code]).toEqual(['validation', 'validation']);
    expect(h.requests()).toBe(before);
  });
});
