import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependsOnDocfav } from './decide';
import { mergeIntervals, type Interval } from './intervals';
import { isEmptyPlan, planReconcile, type Mirror, type Plan } from './reconcile';

const H = 3_600_000;
const at = (hour: number) => hour * H;
const iv = (from: number, to: number): Interval => ({ start: at(from), end: at(to) });
const mirror = (id: string, from: number, to: number, createdAt: number | null = 0): Mirror => ({
  id,
  ...iv(from, to),
  createdAt,
});
const WINDOW = iv(8, 100);

/** Applies a plan to a set of mirrors, as Doctena would. */
function apply(mirrors: Mirror[], plan: Plan): Mirror[] {
  const deleted = new Set(plan.delete);
  const moved = new Map(plan.update.map((u) => [u.id, u.to]));
  const kept = mirrors
    .filter((m) => !deleted.has(m.id))
    .map((m) => ({ ...m, ...(moved.get(m.id) ?? {}) }));
  return [...kept, ...plan.create.map((c, i) => ({ id: `new${i}`, ...c, createdAt: 99 }))];
}

describe('merging busy times', () => {
  it('joins overlapping and touching intervals and keeps gaps', () => {
    expect(mergeIntervals([iv(9, 10), iv(12, 13), iv(9.5, 11), iv(11, 11.5)])).toEqual([
      iv(9, 11.5),
      iv(12, 13),
    ]);
  });
});

describe('planning a reconciliation', () => {
  it('creates a mirror for every busy interval when there are none', () => {
    const plan = planReconcile([iv(9, 10), iv(11, 12)], [], WINDOW);
    expect(plan).toEqual({ create: [iv(9, 10), iv(11, 12)], update: [], delete: [] });
  });

  it('does nothing when every interval has exactly one mirror', () => {
    const plan = planReconcile([iv(9, 10)], [mirror('a', 9, 10)], WINDOW);
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('keeps the oldest of duplicates, then the smallest id', () => {
    const mirrors = [mirror('c', 9, 10, 5), mirror('b', 9, 10, 3), mirror('a', 9, 10, 3)];
    expect(planReconcile([iv(9, 10)], mirrors, WINDOW)).toEqual({
      create: [],
      update: [],
      delete: ['b', 'c'],
    });
  });

  it('moves a stale mirror onto a new interval, and deletes stale ones left over', () => {
    const plan = planReconcile([iv(14, 15)], [mirror('x', 9, 10), mirror('y', 11, 12)], WINDOW);
    expect(plan).toEqual({ create: [], update: [{ id: 'x', to: iv(14, 15) }], delete: ['y'] });
  });

  it('leaves mirrors outside the window alone', () => {
    const plan = planReconcile([], [mirror('past', 1, 2), mirror('far', 200, 201)], WINDOW);
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('reaches exactly one mirror per interval from any starting point, in one plan', () => {
    const hours = fc.integer({ min: 0, max: 40 });
    const interval = fc.tuple(hours, fc.integer({ min: 1, max: 4 })).map(([s, d]) => iv(s, s + d));
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 12 }),
        fc.array(fc.tuple(interval, fc.integer({ min: 0, max: 5 })), { maxLength: 12 }),
        (busy, existing) => {
          const desired = mergeIntervals(busy);
          const mirrors = existing.map(([i, c], n) => ({ id: `m${n}`, ...i, createdAt: c }));
          const after = apply(mirrors, planReconcile(desired, mirrors, WINDOW));
          const inWindow = (i: Interval) => i.end > WINDOW.start && i.start < WINDOW.end;
          const shown = after
            .filter(inWindow)
            .map((m) => [m.start, m.end])
            .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
          const wanted = desired.filter(inWindow).map((d) => [d.start, d.end]);
          expect(shown).toEqual(wanted);
          expect(isEmptyPlan(planReconcile(desired, after, WINDOW))).toBe(true);
        },
      ),
    );
  });
});

describe('what a plan rests on Docfav for', () => {
  it('creates, both ends of a move, and stale mirrors; never a duplicate of a wanted interval', () => {
    const desired = [iv(9, 10), iv(14, 15), iv(16, 17)];
    const mirrors = [mirror('a', 9, 10, 1), mirror('dup', 9, 10, 2), mirror('x', 11, 12)];
    const plan = planReconcile(desired, mirrors, WINDOW);
    expect(plan).toEqual({
      create: [iv(16, 17)],
      update: [{ id: 'x', to: iv(14, 15) }],
      delete: ['dup'],
    });
    expect(dependsOnDocfav(desired, mirrors, plan, WINDOW)).toEqual([
      iv(16, 17),
      iv(14, 15),
      { ...iv(11, 12), id: 'x', createdAt: 0 },
    ]);
    const stale = planReconcile([], [mirror('y', 20, 21)], WINDOW);
    expect(dependsOnDocfav([], [mirror('y', 20, 21)], stale, WINDOW)).toEqual([
      mirror('y', 20, 21),
    ]);
  });
});
