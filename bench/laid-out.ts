import type { Page } from 'playwright';

/**
 * Page-side helpers, sent as source text: tsx's keepNames would wrap functions passed to
 * \`page.evaluate\` in a \`__name()\` the page does not have.
 *
 * \`__fdLaidOut(selector, expected)\` is true once at least \`expected\` real events match \`selector\`
 * and every one of them is visible (not \`visibility: hidden\`) with a laid-out box. Events off
 * screen sit in \`content-visibility: auto\` harnesses whose layout the browser skips, so once all
 * are in the DOM the check turns that off for every harness at once (a style sheet) and reads
 * each box: ONE style and layout pass over the whole week, the layout a receptionist scrolling
 * it would wait for. (Forcing each skipped event alone, by \`getBoundingClientRect\`, costs a
 * forced layout per event, seconds for 1,000: the bench's cost, not the app's.) FullCalendar's
 * drag mirror and the guard's shadows carry an event id too and are never counted.
 *
 * \`__fdWhenLaidOut(selector, expected, since, limitMs)\` checks at every animation frame; once
 * true it waits one more frame (the one that paints what was laid out), removes the style sheet
 * and resolves to the ms from \`since\` (a \`performance.now()\` time), or rejects after \`limitMs\`.
 */
export const LAID_OUT_SCRIPT = `
window.__fdLayAll = document.createElement('style');
window.__fdLayAll.textContent = '.fc .fc-timegrid-event-harness { content-visibility: visible !important; }';
window.__fdLaidOut = (selector, expected) => {
  const els = [...document.querySelectorAll(selector)].filter(
    (el) => !el.closest('.fc-event-mirror, .fd-mirror'),
  );
  if (els.length < expected) return false;
  document.head.append(window.__fdLayAll);
  for (const el of els) {
    // FullCalendar keeps an event \`visibility: hidden\` until it knows where the slots are.
    const box = el.getBoundingClientRect();
    if (!(box.width > 0 && box.height > 0) || !el.checkVisibility({ visibilityProperty: true })) {
      window.__fdLayAll.remove();
      return false;
    }
  }
  return true;
};
window.__fdWhenLaidOut = (selector, expected, since, limitMs) =>
  new Promise((resolve, reject) => {
    const frame = () => {
      if (window.__fdLaidOut(selector, expected)) {
        requestAnimationFrame(() => {
          const ms = performance.now() - since;
          window.__fdLayAll.remove();
          resolve(ms);
        });
      } else if (performance.now() - since > limitMs) {
        const found = document.querySelectorAll(selector).length;
        reject(new Error('not laid out after ' + limitMs + ' ms: ' + found + ' of ' + expected + ' events'));
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
`;

/** Installs the helpers in every document the page loads (call before `goto`). */
export async function withLaidOut(page: Page) {
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(LAID_OUT_SCRIPT);
}

/** A selector for the week's real event elements whose id's vendor part starts with `prefix`. */
export const eventsWithVendorId = (prefix: string) =>
  `.fc-timegrid-event-harness [data-event-id*=":${prefix}"]`;
