import type { ActionResult } from '../../shared/contract';
import { eventId, type CalendarEvent } from '../../shared/domain';
import { writeTimeProblem } from '../../shared/write-window';
import { checkedRecurrence, invalid, refuseReservedTitle } from './blocking-create';
import type { Located } from './locate';
import { attempt, isGone, notAppliedAfterCheck } from './outcome';
import { reread, rereadQuietly, targetOf } from './reread';
import type { ActionServices, DoctenaRuntime } from './types';

/** Changing and deleting blocked time: always the whole blocking, a series as one. */

export interface BlockingUpdate {
  title?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  recurrence?: string | null | undefined;
}

function requireBlocking(located: Located): { event: CalendarEvent; runtime: DoctenaRuntime } {
  const { event, runtime } = located;
  if (event.kind !== 'doctena-blocking' || runtime.vendor !== 'doctena') {
    throw invalid('not-a-blocking');
  }
  return { event, runtime };
}

/** Edits the whole blocking; an occurrence of a series stands for its series. */
export async function updateBlocking(
  services: ActionServices,
  located: Located,
  update: BlockingUpdate,
): Promise<ActionResult> {
  const { event, runtime } = requireBlocking(located);
  refuseReservedTitle(update.title);
  const form = {
    title: update.title,
    starts: update.start,
    ends: update.end,
    // null takes the repetition away; Doctena reads an empty rule as a one-off.
    recurrence:
      update.recurrence === undefined ? undefined : (checkedRecurrence(update.recurrence) ?? ''),
  };
  if (Object.values(form).every((v) => v === undefined)) {
    throw invalid('nothing-to-change');
  }
  if (form.starts !== undefined || form.ends !== undefined) {
    // A change of one end is checked against the other as the blocking has it now.
    const problem = writeTimeProblem(
      { start: form.starts ?? event.start, end: form.ends ?? event.end },
      services.now().getTime(),
    );
    if (problem) throw invalid(problem);
  }
  const write = await attempt(() =>
    runtime.client.updateBlocking(event.calendarId, event.vendorId, form),
  );
  await reread(services, 'doctena', runtime.account.id, targetOf(event, []), write);
  const seriesId = eventId('doctena', runtime.account.id, 'doctena-blocking', event.vendorId);
  const after = services.sync.findEvent(seriesId) ?? null;
  if (!write.ok && (!after || after.updatedAt === event.updatedAt)) {
    throw notAppliedAfterCheck(write.unknown);
  }
  services.logger.info('blocking updated', { account: runtime.account.id });
  return { event: after, undo: null };
}

/** Deletes the whole blocking; `deleted: false` when it was already gone. */
export async function deleteBlocking(
  services: ActionServices,
  located: Located,
): Promise<{ deleted: boolean }> {
  const { event, runtime } = requireBlocking(located);
  const write = await attempt(() => deleteOrGone(runtime, event));
  const account = runtime.account.id;
  if (write.ok) {
    // Doctena confirmed the delete: gone from the calendar now, whether or not the re-read works
    // (an incremental sync never reports deleted blockings).
    services.sync.forget(account, event.id);
    await rereadQuietly(services, account, targetOf(event, []));
  } else {
    await reread(services, 'doctena', account, targetOf(event, []), write);
    const seriesId = eventId('doctena', account, 'doctena-blocking', event.vendorId);
    if (services.sync.findEvent(seriesId)) {
      throw notAppliedAfterCheck(write.unknown);
    }
  }
  const deleted = write.ok ? write.value : true;
  services.logger.info('blocking deleted', { account, deleted });
  return { deleted };
}

/** True when this request deleted it, false when Doctena no longer had it. */
async function deleteOrGone(runtime: DoctenaRuntime, event: CalendarEvent): Promise<boolean> {
  try {
    await runtime.client.deleteBlocking(event.calendarId, event.vendorId);
    return true;
  } catch (err) {
    if (isGone(err)) return false;
    throw err;
  }
}
