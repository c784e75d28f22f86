/**
 * Puts focus back on an event in the grid, found by id rather than by a remembered element: a
 * sync or a status change may have redrawn it meanwhile. False when the event is not on screen.
 */
export function focusEvent(eventId: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);
  el?.focus();
  return Boolean(el);
}
