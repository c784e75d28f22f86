import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { eventId } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { isReservedTitleRefusal } from '../../renderer/components/guard/reservedTitle';
import { describeIssues } from '../core/dispatch';
import { isReservedMirrorTitle, MIRROR_TITLES, mirrorKindOf } from './marker';

// The guard's marker titles: exact for the guard itself, look-alikes refused for people.

const LOOK_ALIKES = [
  'Docfav · busy',
  'Docfav · reserved',
  'docfav · busy',
  '  Docfav · busy  ',
  'DOCFAV  ·  RESERVED',
  'Docfav·busy',
  'Docfav - busy',
  'Docfav busy',
  'Docfav\u00a0·\u00a0busy',
  'Docfav\u200b · busy',
  'Ｄｏｃｆａｖ · ｂｕｓｙ',
];
const PEOPLE = ['Mittagspause', 'Docfav · busy (Lucía)', 'Docfav', 'busy', 'Docfav · booked'];

describe('marker titles', () => {
  it('belong to the guard only when exact', () => {
    expect(mirrorKindOf(MIRROR_TITLES.appointment)).toBe('appointment');
    expect(mirrorKindOf(MIRROR_TITLES.reserved)).toBe('reserved');
    for (const title of LOOK_ALIKES.slice(2)) expect(mirrorKindOf(title), title).toBeNull();
    expect(mirrorKindOf(null)).toBeNull();
  });

  it('carry no patient data: one fixed title per kind', () => {
    expect(Object.values(MIRROR_TITLES)).toEqual(['Docfav · busy', 'Docfav · reserved']);
  });

  it('and every look-alike are refused to people; other titles are not', () => {
    for (const title of LOOK_ALIKES) expect(isReservedMirrorTitle(title), title).toBe(true);
    for (const title of PEOPLE) expect(isReservedMirrorTitle(title), title).toBe(false);
  });
});

describe('the IPC contract', () => {
  const ref = eventId('doctena', 'dt', 'doctena-blocking', '5f3c1a2b4d6e8f0a1b2c3d99');
  // Tomorrow: the contract takes write times only within a window around today.
  const start = Math.floor(Date.now() / 3_600_000 + 24) * 3_600_000;
  const range = {
    start: new Date(start).toISOString(),
    end: new Date(start + 3_600_000).toISOString(),
  };

  it('refuses a reserved title on blocking:update, as on blocking:create', () => {
    for (const title of LOOK_ALIKES) {
      const update = channels['blocking:update'].input.safeParse({ eventId: ref, title });
      expect(update.success, title).toBe(false);
      expect(JSON.stringify(update.error?.issues)).toContain('reserved-title');
      const create = channels['blocking:create'].input.safeParse({
        title,
        calendars: [{ accountId: 'dt', calendarId: '5f3c1a2b4d6e8f0a1b2c3d0a' }],
        ranges: [range],
        recurrence: null,
      });
      expect(create.success, title).toBe(false);
    }
  });

  it('says why in a way the renderer can tell apart from any other refusal', () => {
    const update = channels['blocking:update'].input.safeParse({
      eventId: ref,
      title: 'docfav busy',
    });
    const issues = describeIssues(update.error!);
    const refused = new AppError('invalid-input', {
      channel: 'blocking:update',
      issues,
    });
    expect(isReservedTitleRefusal(refused)).toBe(true);
    const other = channels['blocking:update'].input.safeParse({ eventId: ref, title: '' });
    const empty = new AppError('invalid-input', {
      issues: describeIssues(other.error!),
    });
    expect(isReservedTitleRefusal(empty)).toBe(false);
    expect(
      isReservedTitleRefusal(new AppError('validation', { reason: 'end-not-after-start' })),
    ).toBe(false);
  });

  it('still takes any other title, and an update without one', () => {
    for (const title of PEOPLE) {
      expect(channels['blocking:update'].input.safeParse({ eventId: ref, title }).success).toBe(
        true,
      );
    }
    expect(channels['blocking:update'].input.safeParse({ eventId: ref, ...range }).success).toBe(
      true,
    );
  });
});
