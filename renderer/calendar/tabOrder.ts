/**
 * Tab from event to event in the order a person reads the grid: day by day, and within a day by
 * time. FullCalendar puts an event's element in the DOM by its stacking level, so overlapping
 * appointments would otherwise be visited after the rest of the day. Where the elements are drawn
 * is what decides, read once per key press.
 */
export function tabInTimeOrder(e: KeyboardEvent, from: HTMLElement): void {
  const root = from.closest('.fd-calendar-host') ?? from.ownerDocument;
  const all = [...root.querySelectorAll<HTMLElement>('[data-event-id][tabindex="0"]')];
  const ordered = inReadingOrder(all);
  const at = ordered.indexOf(from);
  if (at < 0) return;
  const next = ordered[at + (e.shiftKey ? -1 : 1)];
  if (next) {
    e.preventDefault();
    next.focus();
    return;
  }
  // Leaving the grid: from its last (or first) element in the DOM, so that the browser goes on
  // to what follows (or precedes) the grid rather than to another event.
  const edge = e.shiftKey ? all[0] : all[all.length - 1];
  if (edge && edge !== from) edge.focus();
}

/** By calendar (the Day view has one per practitioner), day, then top, then left. */
export function inReadingOrder(elements: HTMLElement[]): HTMLElement[] {
  const roots = new Map<Element, number>();
  const keyed = elements.map((el, index) => {
    const root = el.closest('.fc');
    if (root && !roots.has(root)) roots.set(root, roots.size);
    const rect = el.getBoundingClientRect();
    return {
      el,
      index,
      root: root ? (roots.get(root) ?? 0) : 0,
      day: el.closest('[data-date]')?.getAttribute('data-date') ?? '',
      top: Math.round(rect.top),
      left: Math.round(rect.left),
    };
  });
  keyed.sort(
    (a, b) =>
      a.root - b.root ||
      a.day.localeCompare(b.day) ||
      a.top - b.top ||
      a.left - b.left ||
      a.index - b.index,
  );
  return keyed.map((k) => k.el);
}
