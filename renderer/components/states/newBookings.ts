import { useSyncExternalStore } from 'react';
import { usePush } from '../../api/push';
import './states.css';

/**
 * Online bookings that arrived while the app was running and nobody has opened yet: marked on
 * the calendar until the desk opens them (details or menu). Ids only, in memory only: a restart
 * forgets them, and no patient data is kept.
 */
let unseen: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function set(next: ReadonlySet<string>) {
  unseen = next;
  for (const listener of listeners) listener();
}

export function markNew(eventId: string): void {
  if (!unseen.has(eventId)) set(new Set(unseen).add(eventId));
}

export function markSeen(eventId: string): void {
  if (!unseen.has(eventId)) return;
  const next = new Set(unseen);
  next.delete(eventId);
  set(next);
}

export function isNew(eventId: string): boolean {
  return unseen.has(eventId);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The unseen ids, re-rendering when one arrives or is opened. */
export function useNewBookings(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => unseen);
}

/** Marks each booking the main process announces (`booking:new`) until it is opened. */
export function useMarkNewBookings(): void {
  usePush('booking:new', (p) => markNew(p.eventId));
}

/**
 * The mark inside an unseen event: a dot, with the word for the event's accessible name (built
 * from its text, see calendar/eventLabel.ts) and for anyone reading the text.
 */
export function newBadge(label: string): HTMLSpanElement {
  const badge = document.createElement('span');
  badge.className = 'fd-new-badge';
  badge.textContent = label;
  return badge;
}
