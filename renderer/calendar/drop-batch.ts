/**
 * FullCalendar ends a drag or a resize with three renders of every event in the week (the drag
 * state set to nothing, then unset, then the moved event merged), and the move's preview that
 * `onMove` starts is a fourth. Each is a pass over all 1,000 events of a busy week; together they
 * were most of the time between letting go and the event drawn at its new place. Rendering is
 * held from the pointer's release until the preview has reached the calendar, so the week is
 * rendered once, with the event at its new place.
 */

/** What this needs of FullCalendar's Calendar (`getApi()`). */
export interface Pausable {
  pauseRendering(): void;
  resumeRendering(): void;
}

export interface DropBatch {
  /** FullCalendar's eventDragStart / eventResizeStart. */
  started: () => void;
  /** FullCalendar's eventDragStop / eventResizeStop: the drop's own handlers run after it. */
  stopped: () => void;
  /** Call after the drop was handed on (eventDrop / eventResize). */
  handed: () => void;
  /** Call once the events the drop changed were handed to the calendar. */
  settled: () => void;
  dispose: () => void;
}

/**
 * If FullCalendar never ends the drag (the pointer lost mid-drag), rendering must not stay held;
 * long enough for a slow machine's drop, short enough that nobody waits on it.
 */
const HOLD_AT_MOST_MS = 1_000;
/** After the drop was handed on: its preview normally arrives within a frame or two. */
const AFTER_DROP_AT_MOST_MS = 100;
/** Heard even where something under the pointer stops the event. */
const CAPTURE = { capture: true };

export function dropBatch(
  api: () => Pausable | null,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): DropBatch {
  let dragging = false;
  let held: Pausable | null = null;
  let fallback: ReturnType<typeof setTimeout> | undefined;

  const release = () => {
    clearTimeout(fallback);
    const calendar = held;
    held = null;
    calendar?.resumeRendering();
  };
  // FullCalendar ends the drag in a timer after the pointer's release, so holding here, before
  // that timer runs, covers all of its renders.
  const onRelease = () => {
    if (!dragging || held) return;
    held = api();
    if (!held) return;
    held.pauseRendering();
    fallback = setTimeout(release, HOLD_AT_MOST_MS);
  };
  target.addEventListener('pointerup', onRelease, CAPTURE);
  target.addEventListener('pointercancel', onRelease, CAPTURE);

  return {
    started: () => {
      dragging = true;
    },
    stopped: () => {
      dragging = false;
      // If no drop follows (let go outside, or refused): after FullCalendar's own handling.
      if (!held) return;
      clearTimeout(fallback);
      fallback = setTimeout(release, 0);
    },
    // The drop's preview reaches the calendar a task or two later (the query cache notifies in
    // a timer, React renders in its own task): rendering waits for it, or for this at most.
    handed: () => {
      if (!held) return;
      clearTimeout(fallback);
      fallback = setTimeout(release, AFTER_DROP_AT_MOST_MS);
    },
    settled: release,
    dispose: () => {
      target.removeEventListener('pointerup', onRelease, CAPTURE);
      target.removeEventListener('pointercancel', onRelease, CAPTURE);
      release();
    },
  };
}

/** `getApi()` is typed as CalendarApi; the object behind it is the Calendar, which can pause. */
export function pausable(api: object | undefined): Pausable | null {
  return api && 'pauseRendering' in api && 'resumeRendering' in api ? (api as Pausable) : null;
}
