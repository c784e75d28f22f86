import { AppError, toAppError } from '../../shared/errors';
import { formatInstant } from '../../shared/time';
import type { DoctenaClient } from '../vendors/doctena/client';
import { blockingRecurrence } from '../vendors/doctena/map';
import type { Interval } from './intervals';
import { MIRROR_TITLES, mirrorKindOf, type MirrorKind } from './marker';
import type { Mirror, Plan } from './reconcile';

/** Doctena reports no deletions, so the whole set is read: from the beginning of time. */
const EPOCH = '1970-01-01T00:00:00Z';

/**
 * The guard's blockings on one calendar, by kind: exactly a marker title, and never recurring
 * (a person's series is never the guard's, whatever its title).
 */
export async function readMirrors(
  client: Pick<DoctenaClient, 'listBlockings'>,
  calendarId: string,
): Promise<Record<MirrorKind, Mirror[]>> {
  const blockings = await client.listBlockings({ calendarId, updated: EPOCH });
  const out: Record<MirrorKind, Mirror[]> = { appointment: [], reserved: [] };
  for (const b of blockings) {
    const kind = mirrorKindOf(b.title);
    if (kind === null || blockingRecurrence(b) !== null) continue;
    const created = b.created_at ? Date.parse(b.created_at) : Number.NaN;
    out[kind].push({
      id: b._id,
      start: Date.parse(b.starts),
      end: Date.parse(b.ends),
      createdAt: Number.isNaN(created) ? null : created,
    });
  }
  return out;
}

export interface ApplyOutcome {
  created: number;
  updated: number;
  deleted: number;
  /** Vendor ids of the blockings written, for re-reading them into the calendar. */
  touched: string[];
  failures: AppError[];
}

/** One kind's plan; its creates get the kind's title. */
export interface KindPlan {
  kind: MirrorKind;
  plan: Plan;
}

/**
 * Carries out the plans. Creates and moves go first, so a busy time is never open in between.
 * Nothing is retried: a write whose outcome is unknown (timeout, 5xx) is settled by reading the
 * calendar again, in this run or the next. A blocking already gone (deleted by another PC) is
 * fine. A move sends times only, so it can never give a blocking a marker title.
 */
export async function applyPlans(
  client: Pick<DoctenaClient, 'createBlocking' | 'updateBlocking' | 'deleteBlocking'>,
  calendarId: string,
  plans: readonly KindPlan[],
  concurrency: number,
): Promise<ApplyOutcome> {
  const out: ApplyOutcome = { created: 0, updated: 0, deleted: 0, touched: [], failures: [] };
  const times = (i: Interval) => ({ starts: formatInstant(i.start), ends: formatInstant(i.end) });
  const attempt = async (write: () => Promise<void>) => {
    try {
      await write();
    } catch (err) {
      if (!isGone(err)) out.failures.push(toAppError(err));
    }
  };
  const writes: (() => Promise<void>)[] = plans.flatMap(({ kind, plan }) => [
    ...plan.create.map((interval) => async () => {
      const made = await client.createBlocking(calendarId, {
        title: MIRROR_TITLES[kind],
        ...times(interval),
      });
      out.created += 1;
      out.touched.push(made._id);
    }),
    // A mirror deleted meanwhile answers 404: its interval is created on the next read.
    ...plan.update.map(({ id, to }) => async () => {
      await client.updateBlocking(calendarId, id, times(to));
      out.updated += 1;
      out.touched.push(id);
    }),
  ]);
  await inPool(writes, concurrency, attempt);
  const deletes = plans.flatMap(({ plan }) =>
    plan.delete.map((id) => async () => {
      await client.deleteBlocking(calendarId, id);
      out.deleted += 1;
      out.touched.push(id);
    }),
  );
  await inPool(deletes, concurrency, attempt);
  return out;
}

/** Not found, as opposed to a calendar this login can no longer see. */
function isGone(err: unknown): boolean {
  return (
    err instanceof AppError && err.code === 'not-found' && err.details?.notFound !== 'calendar'
  );
}

async function inPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
