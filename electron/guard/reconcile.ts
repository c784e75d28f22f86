import { intervalKey, overlaps, type Interval } from './intervals';

/**
 * What to write so that a Doctena calendar holds exactly one mirror blocking per Docfav busy
 * interval. Pure: the same inputs give the same plan on every PC, which is what lets several PCs
 * reconcile the same calendar at once and still agree on which duplicate survives.
 */

/** A guard-made blocking as read from Doctena. */
export interface Mirror extends Interval {
  id: string;
  /** created_at in epoch milliseconds; null when Doctena did not say. */
  createdAt: number | null;
}

export interface Plan {
  create: Interval[];
  /** A stale mirror moved onto an interval that has none (one PUT instead of POST + DELETE). */
  update: { id: string; to: Interval }[];
  delete: string[];
}

/** Oldest first; the id breaks ties, so every PC picks the same survivor. */
export function byAge(a: Mirror, b: Mirror): number {
  const ca = a.createdAt ?? Number.POSITIVE_INFINITY;
  const cb = b.createdAt ?? Number.POSITIVE_INFINITY;
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Only what overlaps `window` is looked at: mirrors in the past, or beyond the weeks mirrored,
 * are left alone (the horizon reaches the latter as time goes on).
 *
 * - a desired interval with mirrors of exactly its times keeps the oldest; the rest are deleted;
 * - mirrors matching no desired interval are stale: in time order, each is moved onto the next
 *   desired interval without a mirror; stale ones left over are deleted, and desired intervals
 *   left over are created.
 */
export function planReconcile(
  desired: readonly Interval[],
  mirrors: readonly Mirror[],
  window: Interval,
): Plan {
  const plan: Plan = { create: [], update: [], delete: [] };
  const wanted = new Map<string, Interval>();
  for (const d of desired) if (overlaps(d, window)) wanted.set(intervalKey(d), d);

  const byKey = new Map<string, Mirror[]>();
  for (const m of mirrors) {
    if (!overlaps(m, window)) continue;
    const key = intervalKey(m);
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }

  const stale: Mirror[] = [];
  for (const [key, group] of byKey) {
    group.sort(byAge);
    if (wanted.has(key)) {
      plan.delete.push(...group.slice(1).map((m) => m.id));
      wanted.delete(key);
    } else {
      stale.push(...group);
    }
  }

  const missing = [...wanted.values()].sort((a, b) => a.start - b.start);
  stale.sort((a, b) => a.start - b.start || byAge(a, b));
  const paired = Math.min(missing.length, stale.length);
  for (let i = 0; i < paired; i++) {
    const from = stale[i];
    const to = missing[i];
    if (from && to) plan.update.push({ id: from.id, to });
  }
  plan.create.push(...missing.slice(paired));
  plan.delete.push(...stale.slice(paired).map((m) => m.id));
  return plan;
}

export function isEmptyPlan(plan: Plan): boolean {
  return plan.create.length === 0 && plan.update.length === 0 && plan.delete.length === 0;
}
