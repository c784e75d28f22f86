import type { EventInput } from '@fullcalendar/core';
import { describe, expect, it } from 'vitest';
import { planSync, RESET_ABOVE } from './event-sync';

const event = (id: string, start = '2026-12-01T08:00:00Z', classNames: string[] = []) =>
  ({ id, start, end: '2026-12-01T09:00:00Z', classNames }) satisfies EventInput;

const week = (n: number) => Array.from({ length: n }, (_, i) => event(`e${i}`));

describe('planSync', () => {
  it('hands the first load over as one source', () => {
    const plan = planSync(null, week(3));
    expect(plan.reset).toBe(true);
    expect(plan.all.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
  });

  it('touches nothing when a refresh brings the same data in new objects', () => {
    const { prints } = planSync(null, week(500));
    const plan = planSync(prints, week(500));
    expect(plan).toMatchObject({ reset: false, remove: [], add: [] });
  });

  it('redraws only the moved event of a busy week', () => {
    const { prints } = planSync(null, week(1000));
    const moved = week(1000);
    moved[417] = event('e417', '2026-12-01T10:00:00Z', ['fd-pending']);
    const plan = planSync(prints, moved);
    expect(plan.reset).toBe(false);
    expect(plan.remove).toEqual(['e417']);
    expect(plan.add).toEqual([moved[417]]);
  });

  it('takes out what left and adds what arrived (a Docfav move books a new id)', () => {
    const { prints } = planSync(null, week(10));
    const next = week(10).filter((e) => e.id !== 'e3');
    next.push(event('new'));
    const plan = planSync(prints, next);
    expect(plan.remove).toEqual(['e3']);
    expect(plan.add.map((e) => e.id)).toEqual(['new']);
  });

  it('starts afresh when most of the week changed (another week)', () => {
    const { prints } = planSync(null, week(100));
    const other = week(100).map((e) => event(`other-${e.id}`));
    expect(planSync(prints, other).reset).toBe(true);
    const few = week(100);
    for (let i = 0; i < RESET_ABOVE / 2; i++) few[i] = event(`e${i}`, '2026-12-02T08:00:00Z');
    expect(planSync(prints, few).reset).toBe(false);
  });

  it('keeps the first of two events with one id', () => {
    const plan = planSync(null, [event('a'), event('a', '2026-12-03T08:00:00Z')]);
    expect(plan.all).toHaveLength(1);
    expect(plan.all[0]?.start).toBe('2026-12-01T08:00:00Z');
  });
});
