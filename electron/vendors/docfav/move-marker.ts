/**
 * The move marker: a short line in the new booking's note that names the move, the appointment it
 * replaces and when the marker was made. Docfav echoes notes back on every read, so the booking
 * can be found whatever became of the answer to its create (lost, late, or the desk crashed), and
 * every desk can tell which bookings stand in for the same original appointment.
 *
 * Only ids and a time go into it: a note is visible to the practice, and this is health data.
 */

export const MARKER_PREFIX = '[frontdesk-move ';
const MARKER = /\[frontdesk-move ([a-z0-9]{8,32}) of ([^\s\]]{1,128}) at (\d{1,16})\]/g;

export interface Marker {
  moveId: string;
  oldId: string;
  markedAtMs: number;
}

export function markerText(marker: Marker): string {
  return `[frontdesk-move ${marker.moveId} of ${marker.oldId} at ${marker.markedAtMs}]`;
}

/**
 * The marker of the move that made this booking: the last one in the note, since a booking moved
 * twice carries its predecessor's note (and marker) above its own.
 */
export function lastMarker(note: string | null | undefined): Marker | undefined {
  if (!note) return undefined;
  let found: Marker | undefined;
  for (const m of note.matchAll(MARKER)) {
    found = { moveId: m[1] ?? '', oldId: m[2] ?? '', markedAtMs: Number(m[3]) };
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

export interface Candidate {
  id: string;
  note: string | null | undefined;
}

/**
 * Among live bookings that replace the same original appointment, the one that stays: the
 * earliest marker, then the lowest id. Every desk applies the same rule to the same bookings, so
 * all agree without talking to each other, and only the losers undo their own booking.
 */
export function pickSurvivor<C extends Candidate>(candidates: C[], oldId: string): C | undefined {
  let best: { c: C; at: number } | undefined;
  for (const c of candidates) {
    const marker = lastMarker(c.note);
    if (!marker || marker.oldId !== oldId) continue;
    if (
      !best ||
      marker.markedAtMs < best.at ||
      (marker.markedAtMs === best.at && c.id < best.c.id)
    ) {
      best = { c, at: marker.markedAtMs };
    }
  }
  return best?.c;
}
