import type { CalendarEvent } from '../../shared/domain';
import { toAppError } from '../../shared/errors';
import type { ReloadTarget, TimeRange } from '../sync/source';
import { unreadAfterWrite, type Attempt, type Vendor } from './outcome';
import type { ActionServices } from './types';

/** After a write: the platform's real state goes into the cache, and is what the action returns. */

export function rangeOf(item: { start: string; end: string }): TimeRange {
  return { from: new Date(item.start), to: new Date(item.end) };
}

export function targetOf(event: CalendarEvent, ranges: TimeRange[] = [rangeOf(event)]) {
  return {
    calendarId: event.calendarId,
    kind: event.kind,
    vendorIds: [event.vendorId],
    ranges,
  } satisfies ReloadTarget;
}

/**
 * Re-reads what the write touched. If that fails, the write's own answer decides what to say: an
 * unknown outcome stays unknown; a write that went through is reported as saved but unread.
 */
export async function reread(
  services: ActionServices,
  vendor: Vendor,
  accountId: string,
  target: ReloadTarget,
  write: Attempt<unknown>,
): Promise<void> {
  try {
    await services.sync.reload(accountId, target);
  } catch (err) {
    if (!write.ok) throw write.unknown;
    throw unreadAfterWrite(toAppError(err), vendor);
  }
}

/** The same, for clean-up paths where an error is already on its way to the user. */
export async function rereadQuietly(
  services: ActionServices,
  accountId: string,
  target: ReloadTarget,
): Promise<boolean> {
  try {
    await services.sync.reload(accountId, target);
    return true;
  } catch (err) {
    services.logger.warn('re-read after write failed', {
      account: accountId,
      code: toAppError(err).code,
    });
    return false;
  }
}

export function sameInstant(a: string | null | undefined, b: string): boolean {
  return !!a && Date.parse(a) === Date.parse(b);
}
