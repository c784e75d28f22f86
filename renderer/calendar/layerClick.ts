/**
 * A whole-day block is drawn as a background layer, which FullCalendar neither reports clicks on
 * nor keeps from starting a time selection. A left press on it is kept from the grid (FullCalendar
 * starts a selection on mousedown, listened to on the grid), and the click opens the block, as a
 * click on any event does. Focused first, so that closing the details returns there.
 */
export function openOnClick(el: HTMLElement, open: () => void): void {
  el.onmousedown = (e) => {
    if (e.button === 0) e.stopPropagation();
  };
  el.onclick = (e) => {
    if (e.button !== 0) return;
    el.focus();
    open();
  };
}
