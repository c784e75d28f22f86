import type { KeyboardEvent } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Wraps Tab and Shift+Tab around the visible controls of a modal dialog, so the page behind an
 * aria-modal dialog cannot be reached with the keyboard. Call from the dialog's onKeyDown.
 */
export function keepTabInside(e: KeyboardEvent<HTMLElement>, box: HTMLElement | null): void {
  if (e.key !== 'Tab' || !box) return;
  const focusable = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === box)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
