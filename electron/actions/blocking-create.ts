import type { BlockingInput, BlockingResult, CalendarRef } from '../../shared/contract';
import { eventId, type CalendarEvent } from '../../shared/domain';
import { AppError, toAppError, type ErrorReason } from '../../shared/errors';
import { parseRRule } from '../../shared/rrule';
import { formatInstant } from '../../shared/time';
import { blockingEventById, CURSOR_OVERLAP_MS } from '../sync/doctena-source';
import type { DoctenaBlocking } from '../vendors/doctena/schemas';
import { mapDoctenaBlocking } from '../vendors/doctena/map';
import { isReservedMirrorTitle } from '../guard/marker';
import { calendarOf } from './locate';
import { attempt, notAppliedAfterCheck } from './outcome';
import { rereadQuietly, sameInstant } from './reread';
import type { ActionServices, DoctenaRuntime } from './types';

/** New blocked time: Doctena only (Docfav's API has no way to block time). */

interface Target {
  ref: CalendarRef;
  runtime: DoctenaRuntime;
}

export function invalid(reason: ErrorReason): AppError {
  return new AppError('validation', { reason });
}

/**
 * The guard owns blockings with its marker titles and would move or delete a person's one as a
 * stray mirror; look-alikes are refused too, so that nobody takes a person's for the guard's.
 */
export function refuseReservedTitle(title: string | undefined): void {
  if (title === undefined || !isReservedMirrorTitle(title)) return;
  throw invalid('reserved-title');
}

/** Every target is checked before anything is written, so a bad choice writes nothing. */
function resolveTargets(services: ActionServices, refs: CalendarRef[]): Target[] {
  const seen = new Map<string, Target>();
  for (const ref of refs) {
    const runtime = services.accounts().get(ref.accountId);
    if (!runtime) {
      throw invalid('account-missing');
    }
    if (runtime.vendor === 'docfav') {
      throw new AppError('validation', { reason: 'docfav-no-blocking', vendor: 'docfav' });
    }
    if (!calendarOf(runtime, ref.calendarId)) {
      throw invalid('calendar-not-in-account');
    }
    seen.set(`${ref.accountId}\n${ref.calendarId}`, { ref, runtime });
  }
  return [...seen.values()];
}

/** The RRULE as Doctena takes it, or undefined for a one-off; refused when we cannot read it. */
export function checkedRecurrence(text: string | null): string | undefined {
  const rule = text?.trim().replace(/^RRULE:/i, '') ?? '';
  if (rule === '') return undefined;
  if (!parseRRule(rule)) {
    throw invalid('repeat-rule-unknown');
  }
  return rule;
}

export async function createBlockings(
  services: ActionServices,
  input: BlockingInput,
): Promise<BlockingResult> {
  refuseReservedTitle(input.title);
  const targets = resolveTargets(services, input.calendars);
  const recurrence = checkedRecurrence(input.recurrence);
  const created: CalendarEvent[] = [];
  const failed: BlockingResult['failed'] = [];
  // One request after another: a vacation over many calendars must not burst the API.
  for (const target of targets) {
    const made: DoctenaBlocking[] = [];
    for (const range of input.ranges) {
      try {
        made.push(await createOne(services, target, { ...range, title: input.title, recurrence }));
      } catch (err) {
        failed.push({
          calendar: target.ref,
          start: range.start,
          error: toAppError(err).toPayload(),
        });
      }
    }
    if (made.length > 0) created.push(...(await createdEvents(services, target, made)));
  }
  services.logger.info('blockings created', { created: created.length, failed: failed.length });
  return { created, failed };
}

interface NewBlocking {
  start: string;
  end: string;
  title: string;
  recurrence: string | undefined;
}

async function createOne(
  services: ActionServices,
  { ref, runtime }: Target,
  blocking: NewBlocking,
): Promise<DoctenaBlocking> {
  const sentAt = services.now().getTime();
  const write = await attempt(() =>
    runtime.client.createBlocking(ref.calendarId, {
      title: blocking.title,
      starts: blocking.start,
      ends: blocking.end,
      ...(blocking.recurrence ? { recurrence: blocking.recurrence } : {}),
    }),
  );
  if (write.ok) return write.value;
  // Doctena did not answer: a blocking with this title and start written since we sent it is ours.
  const since = sentAt - CURSOR_OVERLAP_MS;
  let recent: DoctenaBlocking[];
  try {
    recent = await runtime.client.listBlockings({
      calendarId: ref.calendarId,
      updated: formatInstant(since),
    });
  } catch {
    throw write.unknown;
  }
  // Created since shortly before we sent it (the margin the sync cursors allow for clock skew);
  // a blocking without a readable created_at is judged by the updated filter alone.
  const fresh = (b: DoctenaBlocking) => !(Date.parse(b.created_at ?? '') < since);
  const ours = recent.find(
    (b) => b.title === blocking.title && sameInstant(b.starts, blocking.start) && fresh(b),
  );
  if (!ours) throw notAppliedAfterCheck(write.unknown);
  return ours;
}

/** The new blockings as the calendar will show them (a series as its first occurrence). */
async function createdEvents(
  services: ActionServices,
  { ref, runtime }: Target,
  made: DoctenaBlocking[],
): Promise<CalendarEvent[]> {
  const account = runtime.account.id;
  const ids = made.map((b) => b._id);
  const reread = await rereadQuietly(services, account, {
    calendarId: ref.calendarId,
    kind: 'doctena-blocking',
    vendorIds: ids,
    ranges: [],
  });
  const context = {
    accountId: account,
    calendarId: ref.calendarId,
    now: services.now(),
    timeZone: runtime.account.timezone,
  };
  const events = made.flatMap((blocking) => {
    const id = eventId('doctena', account, 'doctena-blocking', blocking._id);
    // Should the re-read have failed, Doctena's own answer to the POST is the next best thing.
    const cached = services.sync.findEvent(id);
    if (cached) return [cached];
    const series = mapDoctenaBlocking(blocking, context);
    const event = series && blockingEventById(series, id, runtime.account.timezone);
    return event ? [event] : [];
  });
  // ... and it stays on the calendar until the next sync, rather than vanishing at the refetch.
  if (!reread) services.sync.remember(account, events);
  return events;
}
