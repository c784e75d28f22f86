import type { CalendarApi, EventInput, EventSourceApi } from '@fullcalendar/core';

/**
 * FullCalendar's `events` prop treats a new array as a new event source: it unmounts and redraws
 * every event, so one moved appointment in a 1,000-event week cost a redraw of the whole week.
 * Instead the calendar is handed its events once, then only what changed: a drop, a status, a
 * pending mark touch one event, and a refresh that brings the same data touches none.
 */

/** Above this many changes one fresh source is cheaper than event-by-event edits. */
export const RESET_ABOVE = 40;

export interface SyncPlan {
  /** Drop everything and hand over `next` as one source (first load, another week). */
  reset: boolean;
  /** Ids to take out; a changed event is taken out and added again. */
  remove: string[];
  add: EventInput[];
  /** Every event, each id once: what a reset hands over. */
  all: EventInput[];
  /** The fingerprint of every event after the plan is applied, by id. */
  prints: Map<string, number>;
}

/**
 * A change to anything FullCalendar draws (times, classes, colours, the domain event itself), as
 * a 53-bit hash of the input's JSON (cyrb53): a busy week keeps ten thousand of these, and the
 * strings themselves would cost several megabytes of the renderer's heap. Two different inputs
 * share a hash with a chance of about 1 in 9·10^15.
 */
export function fingerprint(input: EventInput): number {
  const text = JSON.stringify(input);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function planSync(
  held: ReadonlyMap<string, number> | null,
  next: readonly EventInput[],
  resetAbove = RESET_ABOVE,
): SyncPlan {
  const prints = new Map<string, number>();
  const add: EventInput[] = [];
  const remove: string[] = [];
  const all: EventInput[] = [];
  for (const input of next) {
    const id = String(input.id);
    if (prints.has(id)) continue; // an id FullCalendar would confuse: the first one wins
    const print = fingerprint(input);
    prints.set(id, print);
    all.push(input);
    const before = held?.get(id);
    if (before === print) continue;
    if (before !== undefined) remove.push(id);
    add.push(input);
  }
  if (held) for (const id of held.keys()) if (!prints.has(id)) remove.push(id);
  const reset = held === null || remove.length + add.length > resetAbove;
  return { reset, remove, add, all, prints };
}

/** What the calendar currently holds; kept by the component between renders. */
export interface HeldEvents {
  source: EventSourceApi | null;
  prints: Map<string, number> | null;
}

export function heldEvents(): HeldEvents {
  return { source: null, prints: null };
}

/** Brings the calendar to `next` with the fewest redraws; one render for the whole change. */
export function syncEvents(api: CalendarApi, held: HeldEvents, next: readonly EventInput[]): void {
  const plan = planSync(held.source ? held.prints : null, next);
  if (plan.reset) {
    api.batchRendering(() => {
      held.source?.remove();
      // An array source is never fetched again (no refetchEvents anywhere), so the edits made
      // event by event below stay what the calendar shows.
      held.source = api.addEventSource({ events: plan.all });
    });
  } else if (plan.remove.length || plan.add.length) {
    const source = held.source;
    api.batchRendering(() => {
      for (const id of plan.remove) api.getEventById(id)?.remove();
      for (const input of plan.add) api.addEvent(input, source ?? undefined);
    });
  }
  held.prints = plan.prints;
}
