import { formatLocalDate, instantToLocal } from '../../../shared/time';
import {
  DOCFAV_MAX_RANGE_MS,
  type DocfavAvailabilityQuery,
  type DocfavClient,
  type InstantArg,
} from './client';
import { markUnreadable, unreadableIn } from '../wire';
import type { DocfavAvailability } from './schemas';

/**
 * The availability feed for a range of any length. Docfav refuses more than 7 days, and the week
 * the clocks go back is 169 hours long, so a calendar week can need two requests. Local dates for
 * the recurring events are derived per chunk in the clinic's zone. Items a chunk could not read
 * stay known on the merged answer (`unreadableIn`).
 */

export interface DocfavRangeQuery extends Omit<
  DocfavAvailabilityQuery,
  'startUtc' | 'endUtc' | 'localStartDate' | 'localEndDate' | 'limit' | 'offset'
> {
  start: InstantArg;
  end: InstantArg;
  /** The clinic's zone, for the local dates recurring events are computed on. */
  timeZone: string;
}

const ms = (value: InstantArg) =>
  value instanceof Date ? value.getTime() : new Date(value).getTime();

export function splitRange(start: number, end: number, maxMs = DOCFAV_MAX_RANGE_MS) {
  const chunks: { start: number; end: number }[] = [];
  for (let s = start; s < end; s += maxMs) chunks.push({ start: s, end: Math.min(end, s + maxMs) });
  return chunks;
}

export async function fetchDocfavAvailability(
  client: Pick<DocfavClient, 'availability'>,
  query: DocfavRangeQuery,
): Promise<DocfavAvailability> {
  const { start, end, timeZone, ...filters } = query;
  const merged: DocfavAvailability = {
    appointments: [],
    time_reservations: [],
    group_reservations: [],
    recurring_events: [],
  };
  const seen = new Set<string>();
  const add = <T extends { id: string }>(target: T[], items: T[], key: (item: T) => string) => {
    for (const item of items) {
      // Chunks overlap on their boundary day, so the same item can come twice.
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      target.push(item);
    }
  };
  for (const chunk of splitRange(ms(start), ms(end))) {
    const data = await client.availability({
      ...filters,
      startUtc: chunk.start,
      endUtc: chunk.end,
      localStartDate: formatLocalDate(instantToLocal(chunk.start, timeZone)),
      localEndDate: formatLocalDate(instantToLocal(chunk.end - 1, timeZone)),
    });
    add(merged.appointments, data.appointments, (a) => `a:${a.id}`);
    add(merged.time_reservations, data.time_reservations, (r) => `t:${r.id}`);
    add(merged.group_reservations, data.group_reservations, (g) => `g:${g.id}`);
    add(merged.recurring_events, data.recurring_events, (r) => `r:${r.id}@${r.booked_from}`);
    markUnreadable(merged, unreadableIn(data));
  }
  return merged;
}
