/**
 * The move marker: a short line in the new booking's note that names the move, the appointment its
 * chain of moves started from (the root), and the move's place in that chain. Docfav echoes notes
 * back on every read, so the booking can be found whatever became of the answer to its create
 * (lost, late, or the desk crashed), and every desk can tell which bookings stand in for the same
 * original appointment.
 *
 * A new booking made in Frontdesk carries the same kind of line (`[frontdesk-book <id> path <key>]`)
 * for the same reason: it starts a chain of its own, named by the booking's id, so a later move of
 * it reads like a move of a moved appointment.
 *
 * Only ids and times go into it: a note is visible to the practice, and this is health data.
 */

export const MARKER_PREFIX = '[frontdesk-';
const MARKER =
  /\[frontdesk-(?:move ([a-z0-9]{8,32}) of ([^\s\]]{1,128})|book ([a-z0-9]{8,32})) path ((?:\d{1,16}-[a-z0-9]{1,32})(?:\.\d{1,16}-[a-z0-9]{1,32}){0,31})\]/g;

export interface Marker {
  /** The write that made this booking: a move's id, or a new booking's. */
  moveId: string;
  /** The appointment the chain of moves started from. */
  rootId: string;
  /**
   * One key per move from the root to this booking (`<ms>-<id>`: when the move was made, and the
   * move's id); the last one is this booking's own move.
   */
  path: string[];
}

/** A move's key in a path: its time, then (to break ties) its id. */
export function moveKey(markedAtMs: number, moveId: string): string {
  return `${markedAtMs}-${moveId.slice(0, 8)}`;
}

export function markerText(marker: Marker): string {
  return `[frontdesk-move ${marker.moveId} of ${marker.rootId} path ${marker.path.join('.')}]`;
}

/** The marker of a new booking: its own root, one key long. */
export function bookingMarkerText(bookingId: string, markedAtMs: number): string {
  return `[frontdesk-book ${bookingId} path ${moveKey(markedAtMs, bookingId)}]`;
}

/** The marker of the move that made this booking: the last one in the note. */
export function lastMarker(note: string | null | undefined): Marker | undefined {
  if (!note) return undefined;
  let found: Marker | undefined;
  for (const m of note.matchAll(MARKER)) {
    const booking = m[3];
    const path = (m[4] ?? '').split('.');
    found = booking
      ? { moveId: booking, rootId: booking, path }
      : { moveId: m[1] ?? '', rootId: m[2] ?? '', path };
  }
  return found;
}

/** The note without any marker, for people to read. */
export function withoutMarkers(note: string): string {
  return note
    .replace(MARKER, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function compareKeys(a: string, b: string): number {
  const [aMs = '', aId = ''] = a.split('-');
  const [bMs = '', bId = ''] = b.split('-');
  return Number(aMs) - Number(bMs) || (aId < bId ? -1 : aId > bId ? 1 : 0);
}

/**
 * Orders two chains of moves from the same root (negative: `a` stays). At the first move where
 * they part, the earlier move wins, then the lower id: a booking moved on from a winner therefore
 * still beats every loser and its descendants, so a decision a desk took earlier ("mine lost,
 * delete it") never turns against the booking that made it lose. Where one chain continues the
 * other, the longer one wins: the shorter is a booking that was moved on, and is still live only
 * because the move that replaced it has not cancelled it yet.
 */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareKeys(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return b.length - a.length;
}

/** True when `descendant`'s chain continues `ancestor`'s: it was made by moving it on. */
export function continues(descendant: readonly string[], ancestor: readonly string[]): boolean {
  return descendant.length > ancestor.length && ancestor.every((key, i) => descendant[i] === key);
}

export interface Candidate {
  id: string;
  note: string | null | undefined;
}

/**
 * Among live bookings that replace the same root appointment, the one that stays (see
 * `comparePaths`). Every desk applies the same rule to the same bookings, so all agree without
 * talking to each other, and only the losers undo their own booking.
 */
export function pickSurvivor<C extends Candidate>(candidates: C[], rootId: string): C | undefined {
  let best: { c: C; path: string[] } | undefined;
  for (const c of candidates) {
    const marker = lastMarker(c.note);
    if (!marker || marker.rootId !== rootId) continue;
    const order = best ? comparePaths(marker.path, best.path) : -1;
    // Equal chains cannot come from two moves; the id still makes the order total.
    if (order < 0 || (order === 0 && best && c.id < best.c.id)) best = { c, path: marker.path };
  }
  return best?.c;
}
